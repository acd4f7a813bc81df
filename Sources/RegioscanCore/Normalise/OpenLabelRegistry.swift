/// Resolves open-vocabulary values to labels, keeping values that match no alias as new labels
/// (first spelling seen), and remembers where each new label first appeared, for the "nieuw label" warnings.
struct OpenLabelRegistry: Sendable {
    private var vocabularies: [OpenVocabularyID: OpenVocabulary]
    private(set) var labels: [OpenVocabularyID: [String]] = [:]
    private var newLabels: [OpenVocabularyID: [String: Int]] = [:]
    private var firstSeen: [OpenVocabularyID: [Int: (location: SourceLocation, count: Int)]] = [:]
    /// Values seen before, as written: matching keys are costly and deliveries repeat the same few values.
    private var resolved: [OpenVocabularyID: [String: Int]] = [:]

    init(taxonomy: Taxonomy) {
        vocabularies = taxonomy.openVocabularies
        for (id, vocabulary) in vocabularies { labels[id] = vocabulary.labels }
    }

    mutating func resolve(_ value: String, in id: OpenVocabularyID, at location: SourceLocation) -> Int {
        if let index = resolved[id]?[value] {
            if firstSeen[id]?[index] != nil { firstSeen[id]![index]!.count += 1 }
            return index
        }
        let index = lookUp(value, in: id, at: location)
        resolved[id, default: [:]][value] = index
        return index
    }

    private mutating func lookUp(_ value: String, in id: OpenVocabularyID, at location: SourceLocation) -> Int {
        if let index = vocabularies[id]!.index(of: value) { return index }
        let key = value.matchKey
        if let index = newLabels[id]?[key] {
            firstSeen[id]![index]!.count += 1
            return index
        }
        let index = labels[id]!.count
        labels[id]!.append(value.collapsingWhitespace)
        newLabels[id, default: [:]][key] = index
        firstSeen[id, default: [:]][index] = (location, 1)
        return index
    }

    /// One warning per new label, at its first occurrence.
    func warnings() -> [Diagnostic] {
        var result: [Diagnostic] = []
        for id in OpenVocabularyID.allCases {
            for (index, seen) in (firstSeen[id] ?? [:]).sorted(by: { $0.key < $1.key }) {
                result.append(Diagnostic(.warning, .newLabel, at: seen.location,
                                         Messages.newLabel(labels[id]![index], count: seen.count)))
            }
        }
        return result
    }
}
