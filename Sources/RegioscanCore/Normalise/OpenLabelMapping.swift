/// Where the open labels of one file's own registry are in the run's registry (`OpenLabelRegistry.absorb`), and
/// the rows of that file moved over to it. Lists stay sorted and shared: equal lists map to one new list.
struct OpenLabelMapping {
    var places: [OpenVocabularyID: [Int]] = [:]
    private var mapped: [OpenVocabularyID: [[Int]: [Int]]] = [:]

    /// Whether every label keeps its index (the first file, or a file without new labels): nothing to move.
    var isIdentity: Bool {
        places.values.allSatisfy { places in places.indices.allSatisfy { places[$0] == $0 } }
    }

    mutating func relabel(_ rows: [ParsedRow]) {
        guard !isIdentity else { return }
        for row in rows {
            row.technologies = map(row.technologies, .technology)
            row.applications = map(row.applications, .application)
            row.goals = map(row.goals, .goal)
            row.initiators = row.initiators.map { map($0, .provider) }
            row.financiers = row.financiers.map { map($0, .provider) }
            row.executors = row.executors.map { map($0, .provider) }
        }
    }

    private mutating func map(_ values: [Int], _ id: OpenVocabularyID) -> [Int] {
        guard !values.isEmpty else { return values }
        if let done = mapped[id]?[values] { return done }
        let result = values.map { places[id]![$0] }.sorted()
        mapped[id, default: [:]][values] = result
        return result
    }
}
