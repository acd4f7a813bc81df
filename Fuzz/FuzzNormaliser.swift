import Foundation

/// A whole CSV file through the reader, the row normaliser (with the shipped taxonomy) and the dataset builder,
/// as a run reads it. The input is prefixed with a valid header when it has none of its own, so that the fuzzer
/// reaches the cell rules quickly.
enum FuzzNormaliser {
    static let taxonomy: Taxonomy = {
        var diagnostics = Diagnostics()
        let folder = ProcessInfo.processInfo.environment["FUZZ_TAXONOMIE"] ?? "Input/taxonomie"
        guard let taxonomy = TaxonomyLoader.load(folder: folder, diagnostics: &diagnostics) else {
            fatalError("taxonomie niet geladen uit \(folder): \(diagnostics.all)")
        }
        return taxonomy
    }()

    static let header = Array("provincie;initiatief_id;initiatief;activiteit;type_activiteit;sector;omvang;fase;technologie;bereik;good_practice;initiatiefnemer;uitvoerder\n".utf8)

    static func run(_ bytes: [UInt8]) {
        var diagnostics = Diagnostics()
        // The first byte chooses: the input as it is, or the input as rows under a known header.
        let input = bytes.first.map { $0 & 1 == 0 } ?? true ? bytes : header + bytes.dropFirst()
        let text = DecodedText(bytes: input)
        // Read as a run reads it: row by row, as bytes, repeated cells looked up by their bytes.
        var streamer = RowNormaliser(taxonomy: taxonomy, personalColumns: ["telefoon"])
        var streamed = Diagnostics()
        let streamedRows = streamer.normalise(text, file: "utrecht.csv", diagnostics: &streamed)
        guard let table = CSVReader.read(text, file: "utrecht.csv", diagnostics: &diagnostics) else {
            if !streamedRows.isEmpty || streamed.all != diagnostics.all { fatalError("rij voor rij wijkt af van de tabel") }
            return
        }
        var normaliser = RowNormaliser(taxonomy: taxonomy, personalColumns: ["telefoon"])
        let rows = normaliser.normalise(table, diagnostics: &diagnostics)
        // Differential: both ways give the same rows and the same problems in the same order.
        if streamedRows.map(\.contentDescription) != rows.map(\.contentDescription) || streamed.all != diagnostics.all
            || streamer.registry.warnings() != normaliser.registry.warnings() {
            fatalError("rij voor rij wijkt af van de tabel")
        }
        let builder = DatasetBuilder(taxonomy: taxonomy, providerLabels: normaliser.registry.labels[.provider] ?? [])
        _ = builder.build(rows: rows, diagnostics: &diagnostics)
        _ = normaliser.registry.warnings()
        _ = diagnostics.sorted
    }
}
