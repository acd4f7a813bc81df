/// One category of a figure for a province: its own number and share beside the national share.
public struct ProvinceComparisonLine: Sendable, Hashable {
    public var series: String
    public var category: String
    /// The province's row of the figure: a count or reach sum; nil for figures that hold shares only (07, 12, 19, 20).
    public var value: FigureValue?
    public var share: Double
    public var nationalShare: Double
    /// Passes `ProvinceRules.isNotable` with the comparison's base.
    public var notable: Bool

    /// Province share minus national share (positive: the province is relatively stronger).
    public var difference: Double { share - nationalShare }
}
