/// A computed figure: tidy rows plus the order in which to show them. Renderers format figures; they never count.
public struct Figure: Sendable {
    public var id: FigureID
    public var rows: [FigureRow] {
        didSet { rowIndex = FigureRowIndex(rows) }
    }
    /// Categories in display order (the taxonomy's order, or by value for open vocabularies and providers).
    public var categories: [String]
    /// Series in display order; `[""]` when the figure has one.
    public var series: [String]
    /// Provinces that have rows, in taxonomy order, `Nederland` first where present.
    public var provinces: [String]
    public var groups: [CategoryGroupSpan]
    public var network: ProviderNetwork?
    public var goodPractices: [GoodPractice]
    /// The category that stands for an empty cell (`Niet sector-specifiek`), which charts draw in grey.
    public var unspecifiedCategory: String?
    /// National activities per group, each activity once per group (figure 15's Niet weten / willen / kunnen).
    /// Not part of the CSV table, whose categories the contract fixes.
    public var groupTotals: [String: Int64] = [:]
    /// National rows of a per-province share figure (07, 12, 19, 20), for a province to compare itself with.
    /// The contract keeps them out of the CSV table.
    public var nationalReference: [FigureRow] = []
    /// Values as shares of the scope's activities or reach (`ScopeShareBuilder`), for comparisons across scopes.
    public var scopeShares: [FigureRow] = [] {
        didSet { shareIndex = FigureRowIndex(scopeShares) }
    }
    /// Every provider's initiatives per scope (`Nederland` and each province), not only those above the threshold.
    public var providerCounts: [String: [ProviderCount]] = [:]
    /// Figure 17: each province's own network (its providers, linked through initiatives in that province).
    public var provinceNetworks: [String: ProviderNetwork] = [:]
    /// The base (n) of the scope's shares: its activities, reach, mentions or initiatives, per scope.
    public var shareBases: [String: Int64] = [:]
    /// Each province's place among the provinces by share (1 = largest; equal shares share a place), in
    /// `FigureRow` form with the place as a count. Only for figures where provinces are compared on one scale.
    public var provinceRanks: [FigureRow] = [] {
        didSet { rankIndex = FigureRowIndex(provinceRanks) }
    }
    /// `rows` and `scopeShares` by cell, rebuilt whenever they are replaced.
    private var rowIndex: FigureRowIndex
    private var shareIndex = FigureRowIndex([])
    private var rankIndex = FigureRowIndex([])

    public init(id: FigureID, rows: [FigureRow], categories: [String], series: [String] = [""],
                provinces: [String], groups: [CategoryGroupSpan] = [], network: ProviderNetwork? = nil,
                goodPractices: [GoodPractice] = [], unspecifiedCategory: String? = nil) {
        self.id = id
        self.rows = rows
        rowIndex = FigureRowIndex(rows)
        self.categories = categories
        self.series = series
        self.provinces = provinces
        self.groups = groups
        self.network = network
        self.goodPractices = goodPractices
        self.unspecifiedCategory = unspecifiedCategory
    }

    /// The value of one cell of the figure, if it has a row.
    public func value(province: String = FigureRow.national, series: String = "", category: String) -> FigureValue? {
        rowIndex.position(province: province, series: series, category: category).map { rows[$0].value }
    }

    /// The value of one cell of `scopeShares`, if it has a row.
    public func scopeShare(province: String = FigureRow.national, series: String = "", category: String) -> FigureValue? {
        shareIndex.position(province: province, series: series, category: category).map { scopeShares[$0].value }
    }

    /// The province's place among the provinces for this cell's share (1 = largest), if the figure ranks.
    public func provinceRank(province: String, series: String = "", category: String) -> Int? {
        rankIndex.position(province: province, series: series, category: category)
            .flatMap { provinceRanks[$0].value.count }.map { Int($0) }
    }

    /// The position of a category's group in `groups` (its colour in a grouped chart), if it has one.
    public func groupIndex(of category: String) -> Int? {
        groups.firstIndex { $0.categories.contains(category) }
    }

    public func rows(province: String, series: String? = nil) -> [FigureRow] {
        rows.filter { $0.province == province && (series == nil || $0.series == series) }
    }
}
