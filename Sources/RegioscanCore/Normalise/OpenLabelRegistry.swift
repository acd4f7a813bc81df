/// Resolves open-vocabulary values to labels, keeping values that match no alias as new labels
/// (first spelling seen), and remembers where each new label first appeared, for the "nieuw label" warnings.
struct OpenLabelRegistry: Sendable {
    private var vocabularies: [OpenVocabularyID: OpenVocabulary]
    private(set) var labels: [OpenVocabularyID: [String]] = [:]
    private var newLabels: [OpenVocabularyID: [String: Int]] = [:]
    private var firstSeen: [OpenVocabularyID: [Int: (location: SourceLocation, count: Int)]] = [:]
    /// Values seen before, as written: matching keys are costly and deliveries repeat the same few values.
    private var resolved: [OpenVocabularyID: [String: Int]] = [:]
    /// Per vocabulary (by case position), how many labels the taxonomy knows: indices from there on are new labels.
    private var knownCounts: [Int]

    init(taxonomy: Taxonomy) {
        vocabularies = taxonomy.openVocabularies
        knownCounts = OpenVocabularyID.allCases.map { taxonomy.openVocabularies[$0]?.labels.count ?? 0 }
        for (id, vocabulary) in vocabularies { labels[id] = vocabulary.labels }
    }

    mutating func resolve(_ value: String, in id: OpenVocabularyID, at location: SourceLocation) -> Int {
        if let index = resolved[id]?[value] {
            recount(index, in: id)
            return index
        }
        let index = lookUp(value, in: id, at: location)
        resolved[id, default: [:]][value] = index
        return index
    }

    /// Another occurrence of a label resolved before: a new label counts it for its warning.
    mutating func recount(_ index: Int, in id: OpenVocabularyID) {
        guard index >= knownCounts[id.casePosition] else { return }
        firstSeen[id]?[index]?.count += 1
    }

    private mutating func lookUp(_ value: String, in id: OpenVocabularyID, at location: SourceLocation) -> Int {
        let key = value.matchKey
        if let index = vocabularies[id]!.index(ofKey: key) { return index }
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

    /// Takes over what the registry of one file (normalised on its own) found, as if that file had been read
    /// here after the files before it: a new label already known here keeps its first spelling and place and adds
    /// its count; another one is appended. Returns, per vocabulary, where each of the file's labels is now.
    mutating func absorb(_ other: OpenLabelRegistry) -> OpenLabelMapping {
        var mapping = OpenLabelMapping()
        for id in OpenVocabularyID.allCases {
            let known = vocabularies[id]?.labels.count ?? 0
            let theirs = other.labels[id] ?? []
            var keys: [Int: String] = [:]
            for (key, index) in other.newLabels[id] ?? [:] { keys[index] = key }
            var places = Array(0..<min(known, theirs.count))
            for index in known..<max(known, theirs.count) {
                guard let key = keys[index], let seen = other.firstSeen[id]?[index] else { continue }
                if let existing = newLabels[id]?[key] {
                    firstSeen[id]![existing]!.count += seen.count
                    places.append(existing)
                } else {
                    let place = labels[id]!.count
                    labels[id]!.append(theirs[index])
                    newLabels[id, default: [:]][key] = place
                    firstSeen[id, default: [:]][place] = seen
                    places.append(place)
                }
            }
            mapping.places[id] = places
        }
        return mapping
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
