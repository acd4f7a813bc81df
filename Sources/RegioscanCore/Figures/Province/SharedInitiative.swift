/// An initiative active in a province and in other provinces too.
public struct SharedInitiative: Sendable, Hashable {
    public var name: String
    public var activities: Int
    /// The other provinces, in taxonomy order.
    public var otherProvinces: [String]
}
