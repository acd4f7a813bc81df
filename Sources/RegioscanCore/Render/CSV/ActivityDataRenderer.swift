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
        var text = ""
        render(dataset, lists: ActivityLabelLists(dataset: dataset)) { text += $0 }
        return text
    }

    /// The file line by line, for a writer that does not hold it whole; lists joined as in the workbooks.
    static func render(_ dataset: Dataset, lists: ActivityLabelLists, line: (String) -> Void) {
        line(CSVWriter.line(columns))
        for activity in dataset.activities {
            line(CSVWriter.line(cells(activity, dataset, lists: lists).map(\.spreadsheetSafe)))
        }
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
            initiative.website, activity.source.reference,
        ]
    }
}
