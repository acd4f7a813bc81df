/// One key figure of a province beside the national value, with its rank where a ranking is meaningful.
public struct ProvinceKeyFigure: Sendable, Hashable {
    /// `kerncijfers` category (`activiteiten`, `bereik_totaal` …) or `bereik_per_1000_mkb`.
    public var key: String
    public var province: FigureValue
    public var national: FigureValue?
    public var rank: ProvinceRank?
}
