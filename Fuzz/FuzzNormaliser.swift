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
        guard let table = CSVReader.read(DecodedText(bytes: input), file: "utrecht.csv", diagnostics: &diagnostics) else { return }
        var normaliser = RowNormaliser(taxonomy: taxonomy, personalColumns: ["telefoon"])
        let rows = normaliser.normalise(table, diagnostics: &diagnostics)
        let builder = DatasetBuilder(taxonomy: taxonomy, providerLabels: normaliser.registry.labels[.provider] ?? [])
        _ = builder.build(rows: rows, diagnostics: &diagnostics)
        _ = normaliser.registry.warnings()
        _ = diagnostics.sorted
    }
}
