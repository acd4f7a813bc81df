/// A group of categories (`Niet weten`, `Systeem`); `merged` groups count as one category in a figure.
public struct CategoryGroup: Sendable, Hashable {
    public var label: String
    public var merged: Bool

    public init(label: String, merged: Bool = false) {
        self.label = label
        self.merged = merged
    }
}
