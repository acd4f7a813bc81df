/// Kerncijfers: initiatives, activities, activities per initiative, reach and providers, national and per province.
enum KeyFiguresBuilder {
    static let categories = [
        KeyFigure.initiatives, KeyFigure.activities, KeyFigure.activitiesPerInitiativeMinimum,
        KeyFigure.activitiesPerInitiativeMaximum, KeyFigure.activitiesPerInitiativeMean, KeyFigure.reachTotal,
        KeyFigure.activitiesWithReach, KeyFigure.providers, KeyFigure.reachShareOfSMEs,
    ]

    static func make(_ context: FigureContext) -> Figure {
        var rows: [FigureRow] = []
        for scope in context.allScopes {
            let perInitiative = context.initiativeActivityCounts(scope).values
            let activities = scope.activities.count
            let reach = scope.activities.compactMap { context.activity($0).reach }
            let reachTotal = reach.saturatingSum()
            var providers = Set<Int>()
            for index in scope.activities { providers.formUnion(context.activity(index).roles.all) }
            let values: [(String, FigureValue)] = [
                (KeyFigure.initiatives, .count(Int64(perInitiative.count))),
                (KeyFigure.activities, .count(Int64(activities))),
                (KeyFigure.activitiesPerInitiativeMinimum, .count(Int64(perInitiative.min() ?? 0))),
                (KeyFigure.activitiesPerInitiativeMaximum, .count(Int64(perInitiative.max() ?? 0))),
                (KeyFigure.activitiesPerInitiativeMean, .share(Int64(activities), of: Int64(perInitiative.count))),
                (KeyFigure.reachTotal, .count(reachTotal)),
                (KeyFigure.activitiesWithReach, .count(Int64(reach.count))),
                (KeyFigure.providers, .count(Int64(providers.count))),
            ]
            rows += values.map { FigureRow(province: scope.name, category: $0.0, value: $0.1) }
            if scope.isNational {
                let population = Int64(context.dataset.settings.smePopulation)
                rows.append(FigureRow(province: scope.name, category: KeyFigure.reachShareOfSMEs,
                                      value: .share(reachTotal, of: population)))
            }
        }
        return Figure(id: .keyFigures, rows: rows, categories: categories,
                      provinces: context.allScopes.map(\.name))
    }
}
