/// A labelled run of categories that a chart draws as a group (figure 15 by Niet weten / willen / kunnen,
/// figure 18 by level).
public struct CategoryGroupSpan: Sendable, Hashable {
    public var label: String
    public var categories: [String]

    public init(label: String, categories: [String]) {
        self.label = label
        self.categories = categories
    }
}
