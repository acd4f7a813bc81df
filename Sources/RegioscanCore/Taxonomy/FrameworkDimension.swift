/// One dimension of the scan as figure 1 draws it: its name, the side of the market it describes (none for a
/// dimension that links both sides, such as reach and impact) and the lists or parts that fill it.
public struct FrameworkDimension: Sendable, Hashable {
    public var label: String
    public var side: String?
    /// The names of the taxonomy lists (their `naam`) or free parts that make up the dimension.
    public var parts: [String]

    public init(label: String, side: String?, parts: [String]) {
        self.label = label
        self.side = side
        self.parts = parts
    }
}
