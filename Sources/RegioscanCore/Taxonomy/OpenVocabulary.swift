/// An open vocabulary: canonical labels with their aliases. Values that match nothing stay as new labels.
public struct OpenVocabulary: Sendable {
    public var id: OpenVocabularyID
    public var title: String
    public var labels: [String]
    /// Labels marked `landelijk: ja` (national actors such as a ministry): figure 17 gives them a class of their
    /// own instead of the province where they happen to be most active.
    public var national: [String] = []
    private var lookup: [String: Int] = [:]

    public init(id: OpenVocabularyID, title: String, entries: [(label: String, aliases: [String])]) {
        self.id = id
        self.title = title
        self.labels = entries.map(\.label)
        for (index, entry) in entries.enumerated() {
            for name in [entry.label] + entry.aliases { lookup[name.matchKey] = index }
        }
    }

    /// The canonical label's index for a value, if the value or one of its aliases is listed.
    public func index(of value: String) -> Int? {
        index(ofKey: value.matchKey)
    }

    /// The same for a value's `matchKey`, made once by a caller that needs it again.
    func index(ofKey key: String) -> Int? {
        lookup[key]
    }
}
