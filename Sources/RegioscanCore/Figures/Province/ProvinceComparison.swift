/// A per-province figure told for one province: every line beside the national share, with the bases (n) the
/// shares are taken of.
public struct ProvinceComparison: Sendable, Hashable {
    /// What a share is a share of.
    public enum Base: String, Sendable {
        /// The province's activities (06, 07, 13, 14, 15, 18, 19, 20).
        case activities
        /// The province's known reach; n is its activities with known reach (08–11, 21).
        case reach
        /// The province's maturity mentions (12).
        case mentions
    }

    public var figure: FigureID
    public var base: Base
    /// n: the province's activities, activities with known reach, or maturity mentions.
    public var provinceBase: Int64
    public var nationalBase: Int64
    /// For `.reach`: the reach the shares are of.
    public var provinceReach: Int64 = 0
    public var lines: [ProvinceComparisonLine]

    public var notableLines: [ProvinceComparisonLine] { lines.filter(\.notable) }
}
