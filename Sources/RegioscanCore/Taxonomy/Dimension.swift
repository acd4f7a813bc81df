/// A closed vocabulary: its categories in report order, their groups, and the keys under which input matches them.
public struct Dimension: Sendable {
    public var id: DimensionID
    public var title: String
    public var categories: [Category]
    public var groups: [CategoryGroup]
    /// The label of the category that stands for an empty cell (`Niet sector-specifiek`), if the figures show one.
    public var unspecifiedLabel: String?
    /// Class names for modelled attributes (`Laag`, `Middel`, `Hoog`), lowest first.
    public var classNames: [String]

    private var lookup: [String: Int] = [:]
    private var codeLookup: [String: Int] = [:]
    private var unspecifiedKeys: Set<String> = []
    private var suggestionCandidates: [(key: String, label: String)] = []

    public init(id: DimensionID, title: String, categories: [Category], groups: [CategoryGroup] = [],
                unspecifiedLabel: String? = nil, unspecifiedAliases: [String] = [], classNames: [String] = []) {
        self.id = id
        self.title = title
        self.categories = categories
        self.groups = groups
        self.unspecifiedLabel = unspecifiedLabel
        self.classNames = classNames
        for (index, category) in categories.enumerated() {
            for code in category.codes {
                codeLookup[code.matchKey] = index
                lookup[code.matchKey] = index
            }
            for name in [category.label] + category.aliases {
                lookup[name.matchKey] = index
            }
        }
        unspecifiedKeys = Set(([unspecifiedLabel].compactMap { $0 } + unspecifiedAliases).map(\.matchKey))
        unspecifiedKeys.subtract(lookup.keys)
        suggestionCandidates = lookup.map { (key: $0.key, label: categories[$0.value].label) }
            .sorted { $0.key < $1.key }
    }

    public var labels: [String] { categories.map(\.label) }

    /// Labels in figure order, with the unspecified category last where the figures show it.
    public var labelsWithUnspecified: [String] {
        labels + [unspecifiedLabel].compactMap { $0 }
    }

    /// Looks a single value up: a label, an alias, a code, or a code followed by its label (`C Industrie`,
    /// `1. Informatiegebreken`).
    public func match(_ value: String) -> VocabularyMatch {
        let key = value.matchKey
        if key.isEmpty || unspecifiedKeys.contains(key) { return .unspecified }
        if let index = lookup[key] { return .category(index) }
        if let index = matchCodeAndLabel(value) { return .category(index) }
        return .unknown
    }

    private func matchCodeAndLabel(_ value: String) -> Int? {
        let trimmed = value.trimmed
        guard let split = trimmed.firstIndex(where: { $0 == " " || $0 == "." || $0 == ")" || $0 == ":" }) else {
            return nil
        }
        let code = String(trimmed[..<split])
        let rest = String(trimmed[split...]).drop { " .):-\u{2013}".contains($0) }
        guard let index = codeLookup[code.matchKey] else { return nil }
        let restKey = String(rest).matchKey
        if restKey.isEmpty || lookup[restKey] == index { return index }
        return nil
    }

    /// The category a user most likely meant by an unknown value (computed on request: it is the slow part).
    public func suggestion(for value: String) -> String? {
        Suggestion.nearest(to: value, among: suggestionCandidates)
    }

    /// The group index of each category, in the order of `groups`.
    public func groupIndex(of category: Int) -> Int? {
        guard let group = categories[category].group else { return nil }
        return groups.firstIndex { $0.label == group }
    }
}
