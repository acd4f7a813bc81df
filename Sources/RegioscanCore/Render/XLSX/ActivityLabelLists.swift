/// The joined labels ("Zorg; Onderwijs") of every list of values that activities hold, made once per run and shared
/// by all workbooks: the national and the province workbook print the same activity, and a few thousand distinct
/// lists recur over any number of activities. Read-only once built, so the parallel workbooks can share it.
struct ActivityLabelLists: Sendable {
    static let separator = "; "

    private var closed: [DimensionID: [[Int]: String]] = [:]
    private var open: [OpenVocabularyID: [[Int]: String]] = [:]

    static let closedColumns: [DimensionID] = [.sector, .size, .phase, .maturity, .digitalForm, .bottleneck, .marketFailure]

    init(dataset: Dataset) {
        for activity in dataset.activities {
            for dimension in Self.closedColumns {
                let values = activity.categories(dimension)
                guard values.count > 1, closed[dimension]?[values] == nil else { continue }
                closed[dimension, default: [:]][values] = values.map { dataset.label(dimension, $0) }.joined(separator: Self.separator)
            }
            for (vocabulary, values) in [(OpenVocabularyID.technology, activity.technologies), (.application, activity.applications),
                                         (.goal, activity.goals), (.provider, activity.roles.initiators),
                                         (.provider, activity.roles.financiers), (.provider, activity.roles.executors)]
            where values.count > 1 && open[vocabulary]?[values] == nil {
                open[vocabulary, default: [:]][values] = values.map { dataset.label(vocabulary, $0) }.joined(separator: Self.separator)
            }
        }
    }

    /// The joined labels of a list of two or more values, if an activity of the dataset holds it.
    func joined(_ dimension: DimensionID, _ values: [Int]) -> String? { closed[dimension]?[values] }
    func joined(_ vocabulary: OpenVocabularyID, _ values: [Int]) -> String? { open[vocabulary]?[values] }

    /// The labels of a list as one text: empty for none, the label for one, the run's join for more (joined here
    /// for a list that no activity of the dataset holds).
    func text(_ dimension: DimensionID, _ values: [Int], in dataset: Dataset) -> String {
        if values.count == 1 { return dataset.label(dimension, values[0]) }
        return joined(dimension, values) ?? values.map { dataset.label(dimension, $0) }.joined(separator: Self.separator)
    }

    func text(_ vocabulary: OpenVocabularyID, _ values: [Int], in dataset: Dataset) -> String {
        if values.count == 1 { return dataset.label(vocabulary, values[0]) }
        return joined(vocabulary, values) ?? values.map { dataset.label(vocabulary, $0) }.joined(separator: Self.separator)
    }
}
