/// A province's place among the provinces on one key figure (competition ranking: tied provinces share a place).
public struct ProvinceRank: Sendable, Hashable {
    public var rank: Int
    public var shared: Bool
    /// The number of provinces ranked.
    public var of: Int
}
