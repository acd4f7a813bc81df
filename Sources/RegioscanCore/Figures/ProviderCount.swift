/// A provider's number of distinct initiatives in a scope, in any role and per role.
public struct ProviderCount: Sendable, Hashable {
    public var name: String
    public var total: Int
    public var perRole: [Role: Int]
}
