/// Each value of a count or reach figure as a share of its scope's activities or reach, so that a province can be
/// set beside the country on one scale (3 of 40 activities against 86 of 582). Kept out of the CSV tables.
/// Which figures have such shares, and of what, is declared in their definition (`FigureDefinition.shares`).
enum ScopeShareBuilder {
    static func shares(of figure: Figure, keyFigures: Figure) -> [FigureRow] {
        guard let base = figure.id.shareBase else { return [] }
        // Shares of initiatives are a provider's initiatives (figure 16's provider counts), not its rows.
        if base == .initiatives { return providerShares(of: figure, keyFigures: keyFigures) }
        return figure.rows.compactMap { row in
            guard let value = row.value.count, row.series != FigureSeries.activitiesWithReach,
                  let total = keyFigures.value(province: row.province, category: base.keyFigure)?.count else { return nil }
            return FigureRow(province: row.province, series: row.series, category: row.category,
                             value: .share(value, of: total))
        }
    }

    /// Figure 16: every provider's initiatives in a scope as a share of the scope's initiatives, so that a
    /// province's 6 of 40 initiatives stands beside the country's 113 of 582 on one scale.
    static func providerShares(of figure: Figure, keyFigures: Figure) -> [FigureRow] {
        figure.provinces.flatMap { scope -> [FigureRow] in
            let total = keyFigures.value(province: scope, category: KeyFigure.initiatives)?.count ?? 0
            return (figure.providerCounts[scope] ?? []).map {
                FigureRow(province: scope, series: FigureSeries.total, category: $0.name, value: .share(Int64($0.total), of: total))
            }
        }
    }

    /// The key figure a figure's values are shares of, if they are shared at all.
    static func denominator(of id: FigureID) -> String? { id.shareBase?.keyFigure }

    /// The base (n) of each scope's shares.
    static func bases(of figure: Figure, keyFigures: Figure) -> [String: Int64] {
        guard let denominator = denominator(of: figure.id) else { return [:] }
        var bases: [String: Int64] = [:]
        for scope in keyFigures.provinces {
            bases[scope] = keyFigures.value(province: scope, category: denominator)?.count
        }
        return bases
    }
}
