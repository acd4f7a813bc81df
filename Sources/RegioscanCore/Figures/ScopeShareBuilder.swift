/// Each value of a count or reach figure as a share of its scope's activities or reach, so that a province can be
/// set beside the country on one scale (3 of 40 activities against 86 of 582). Kept out of the CSV tables.
enum ScopeShareBuilder {
    static let perActivity: Set<FigureID> = [
        .activitiesPerArchetype, .activitiesPerDigitalForm, .technologyApplicationGoal, .activitiesPerBottleneck,
        .activitiesPerMarketFailure,
    ]
    static let perReach: Set<FigureID> = [.reachPerSector, .reachPerSize, .reachPerPhase, .reachPerMaturity, .reachPerArchetype]

    static func shares(of figure: Figure, keyFigures: Figure) -> [FigureRow] {
        let denominator: String
        if perActivity.contains(figure.id) {
            denominator = "activiteiten"
        } else if perReach.contains(figure.id) {
            denominator = "bereik_totaal"
        } else {
            return []
        }
        return figure.rows.compactMap { row in
            guard let value = row.value.count, row.series != "activiteiten_met_bereik",
                  let total = keyFigures.value(province: row.province, category: denominator)?.count else { return nil }
            return FigureRow(province: row.province, series: row.series, category: row.category,
                             value: .share(value, of: total))
        }
    }
}
