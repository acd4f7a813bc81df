/// `data/activiteiten.csv`: every activity with its normalised values, without personal data. A later run reads
/// it back to list which input rows a data fix changed (`wijzigingen.md`) and which initiatives are new, stopped
/// or renamed since an earlier year. Not part of the table contract (`tabellen/`).
public enum ActivityDataRenderer {
    public static let path = "data/activiteiten.csv"
    public static let columns = [
        "provincie", "initiatief_id", "initiatief", "activiteit", "type_activiteit", "sector", "omvang", "fase",
        "geografie", "maturiteit", "digitaliseringsvorm", "technologie", "toepassing", "doel", "knelpunt", "marktfalen",
        "initiatiefnemer", "financier", "uitvoerder", "bereik", "good_practice", "toelichting", "website", "bron",
    ]

    public static func render(_ dataset: Dataset) -> String {
        String(decoding: bytes(dataset), as: UTF8.self)
    }

    static func bytes(_ dataset: Dataset) -> [UInt8] {
        var bytes: [UInt8] = []
        render(dataset, lists: ActivityLabelLists(dataset: dataset)) { bytes += $0 }
        return bytes
    }

    /// The file in pieces of about a megabyte, for a writer that does not hold it whole; lists joined as in the
    /// workbooks. Cells go into bytes directly: a string per cell and per line took most of this file's time.
    static func render(_ dataset: Dataset, lists: ActivityLabelLists, write: ([UInt8]) -> Void) {
        let pieceSize = 1 << 20
        var piece: [UInt8] = []
        piece.reserveCapacity(pieceSize + 64 * 1024)
        CSVWriter.appendLine(columns, to: &piece)
        for activity in dataset.activities {
            CSVWriter.appendLine(cells(activity, dataset, lists: lists), spreadsheetSafe: true, to: &piece)
            if piece.count >= pieceSize {
                write(piece)
                piece.removeAll(keepingCapacity: true)
            }
        }
        if !piece.isEmpty { write(piece) }
    }

    static func cells(_ activity: Activity, _ dataset: Dataset, lists: ActivityLabelLists) -> [String] {
        let initiative = dataset.initiatives[activity.initiative]
        func closed(_ dimension: DimensionID, _ values: [Int]) -> String { lists.text(dimension, values, in: dataset) }
        func open(_ vocabulary: OpenVocabularyID, _ values: [Int]) -> String { lists.text(vocabulary, values, in: dataset) }
        return [
            dataset.provinceName(activity.province), initiative.id, initiative.name, activity.name,
            dataset.label(.archetype, activity.archetype), closed(.sector, activity.sectors),
            closed(.size, activity.sizes), closed(.phase, activity.phases), activity.geography,
            closed(.maturity, activity.maturities), closed(.digitalForm, activity.digitalForms),
            open(.technology, activity.technologies), open(.application, activity.applications),
            open(.goal, activity.goals), closed(.bottleneck, activity.bottlenecks),
            closed(.marketFailure, activity.marketFailures), open(.provider, activity.roles.initiators),
            open(.provider, activity.roles.financiers), open(.provider, activity.roles.executors),
            activity.reach.map(String.init) ?? "", activity.isGoodPractice ? "ja" : "nee", activity.note,
            initiative.website, activity.sourceReference,
        ]
    }
}
