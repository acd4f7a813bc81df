/// Everything that makes one figure: how it is computed, how it is presented, its series and its scopes.
/// Adding a figure means adding a case to `FigureID`, a definition in `FigureDefinitions` and its words in
/// `Templates/figuren.yaml` (and a place in the report template).
struct FigureDefinition: Sendable {
    let id: FigureID
    let kind: FigureKind
    let coverage: FigureCoverage
    /// The series of its rows, in display order (`[FigureSeries.single]` for one series; figure 16's roles).
    let series: [String]
    /// The series a single chart draws: the first, unless declared (21 draws its reach).
    let chartSeries: String
    /// What its values are shares of when scopes are compared (`scopeShares`); nil: it has no such shares.
    let shares: FigureShareBase?
    let make: @Sendable (FigureContext) -> Figure

    init(_ id: FigureID, _ kind: FigureKind, _ coverage: FigureCoverage, series: [String] = [FigureSeries.single],
         chartSeries: String? = nil, shares: FigureShareBase? = nil, make: @escaping @Sendable (FigureContext) -> Figure) {
        self.id = id
        self.kind = kind
        self.coverage = coverage
        self.series = series
        self.chartSeries = chartSeries ?? series.first ?? FigureSeries.single
        self.shares = shares
        self.make = make
    }
}
