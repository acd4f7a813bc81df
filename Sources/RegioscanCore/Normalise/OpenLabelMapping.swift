/// Where the open labels of one file's own registry are in the run's registry (`OpenLabelRegistry.absorb`), and
/// the rows of that file moved over to it. Lists stay sorted and shared: a list that rows share maps to one new list.
struct OpenLabelMapping {
    var places: [OpenVocabularyID: [Int]] = [:]
    /// Per vocabulary (by case position), each list met, by the address of its storage: the rows share their lists
    /// (`RowNormaliser`), so one look-up by address replaces hashing the list's numbers for every row. The list is
    /// kept with its result, so that its address cannot be taken by another list meanwhile.
    private var mapped: [[UInt: (list: [Int], result: [Int])]] = Array(repeating: [:], count: OpenVocabularyID.allCases.count)

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
        let address = values.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        if let done = mapped[id.casePosition][address] { return done.result }
        let result = values.map { places[id]![$0] }.sorted()
        mapped[id.casePosition][address] = (values, result)
        return result
    }
}
