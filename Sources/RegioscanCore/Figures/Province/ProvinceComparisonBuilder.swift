/// Sets each per-province figure of one province beside the national reference: share figures (07, 12, 19, 20)
/// from their rows and `nationalReference`, count and reach figures from `scopeShares`.
struct ProvinceComparisonBuilder {
    /// The per-province figures a province report draws, in report order; 16 is a table of its own.
    static let figures: [FigureID] = [
        .activitiesPerArchetype, .archetypeShares, .reachPerSector, .reachPerSize, .reachPerPhase, .reachPerMaturity,
        .maturityShares, .activitiesPerDigitalForm, .technologyApplicationGoal, .activitiesPerBottleneck,
        .activitiesPerMarketFailure, .reachClassShares, .effortClassShares, .reachPerArchetype,
    ]
    static let shareFigures = Set(FigureID.allCases.filter { $0.kind == .stackedShares })
    /// Figure 14's open vocabularies: the province's most frequent labels per series.
    static let openVocabularyLimit = 10

    /// The bases (n) of one scope.
    struct Bases {
        var activities: Int64
        var knownReach: Int64
        var reach: Int64
        var mentions: Int64
    }

    let province: String
    let own: Bases
    let national: Bases

    func make(_ figure: Figure) -> ProvinceComparison {
        let base = Self.base(of: figure.id)
        let n = value(base, own)
        var comparison = ProvinceComparison(figure: figure.id, base: base, provinceBase: n,
                                            nationalBase: value(base, national), lines: [])
        if base == .reach { comparison.provinceReach = own.reach }
        if Self.shareFigures.contains(figure.id) {
            let reference = Dictionary(figure.nationalReference.map { ($0.category, $0.value.double) }, uniquingKeysWith: { a, _ in a })
            comparison.lines = figure.rows(province: province).map { row in
                line(figure.id, series: row.series, category: row.category, value: nil, share: row.value.double,
                     national: reference[row.category] ?? 0, base: n)
            }
            return comparison
        }
        var shares: [String: [String: [String: Double]]] = [:]
        for row in figure.scopeShares where row.province == province || row.isNational {
            shares[row.province, default: [:]][row.series, default: [:]][row.category] = row.value.double
        }
        var lines: [ProvinceComparisonLine] = []
        for series in figure.series where series != "activiteiten_met_bereik" {
            var seriesLines = figure.rows(province: province, series: series).map { row in
                line(figure.id, series: series, category: row.category, value: row.value,
                     share: shares[province]?[series]?[row.category] ?? 0,
                     national: shares[FigureRow.national]?[series]?[row.category] ?? 0, base: n)
            }
            if figure.id == .technologyApplicationGoal {
                // Most frequent in the province first; ties keep the figure's (national) order.
                seriesLines = seriesLines.enumerated().filter { ($0.element.value?.double ?? 0) > 0 }.sorted {
                    ($0.element.value?.double ?? 0, -$0.offset) > ($1.element.value?.double ?? 0, -$1.offset)
                }.prefix(Self.openVocabularyLimit).map(\.element)
            }
            lines += seriesLines
        }
        comparison.lines = lines
        return comparison
    }

    /// Shares of reach are never called different: one large activity can make such a share on its own.
    private func line(_ figure: FigureID, series: String, category: String, value: FigureValue?, share: Double, national: Double,
                      base: Int64) -> ProvinceComparisonLine {
        ProvinceComparisonLine(series: series, category: category, value: value, share: share, nationalShare: national,
                               notable: Self.base(of: figure) != .reach
                                   && ProvinceRules.isNotable(difference: share - national, base: base))
    }

    static func base(of id: FigureID) -> ProvinceComparison.Base {
        if id == .maturityShares { return .mentions }
        return id.shareBase == .reach ? .reach : .activities
    }

    private func value(_ base: ProvinceComparison.Base, _ bases: Bases) -> Int64 {
        switch base {
        case .activities: bases.activities
        case .reach: bases.knownReach
        case .mentions: bases.mentions
        }
    }
}
