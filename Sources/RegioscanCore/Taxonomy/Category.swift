/// One category of a closed vocabulary, as listed in its taxonomy file.
public struct Category: Sendable, Hashable {
    /// Codes that stand for the category (`K1` and `1`, `C`, `GR` and `NL-GR`); the first is shown.
    public var codes: [String]
    /// The canonical label, as printed in reports and tables (without its code).
    public var label: String
    public var group: String?
    public var aliases: [String]
    /// A short explanation, shown beside the label where a report lists the categories.
    public var explanation: String?
    /// Modelled classes by name (`bereik` → 3); the numbers are positions in the dimension's `classes`.
    public var classes: [String: Int]

    public init(codes: [String] = [], label: String, group: String? = nil, aliases: [String] = [],
                explanation: String? = nil, classes: [String: Int] = [:]) {
        self.codes = codes
        self.label = label
        self.group = group
        self.aliases = aliases
        self.explanation = explanation
        self.classes = classes
    }
}
