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
            let perInitiative = context.initiativeActivityCounts(scope).map(\.count)
            let activities = scope.activities.count
            let reach = scope.activities.compactMap { context.activity($0).reach }
            let reachTotal = reach.saturatingSum()
            let providers = providerCount(scope, context)
            let values: [(String, FigureValue)] = [
                (KeyFigure.initiatives, .count(Int64(perInitiative.count))),
                (KeyFigure.activities, .count(Int64(activities))),
                (KeyFigure.activitiesPerInitiativeMinimum, .count(Int64(perInitiative.min() ?? 0))),
                (KeyFigure.activitiesPerInitiativeMaximum, .count(Int64(perInitiative.max() ?? 0))),
                (KeyFigure.activitiesPerInitiativeMean, .share(Int64(activities), of: Int64(perInitiative.count))),
                (KeyFigure.reachTotal, .count(reachTotal)),
                (KeyFigure.activitiesWithReach, .count(Int64(reach.count))),
                (KeyFigure.providers, .count(Int64(providers))),
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

    /// Distinct providers in any role in the scope, marked in one array (a set per scope hashed every role).
    private static func providerCount(_ scope: Scope, _ context: FigureContext) -> Int {
        var seen = [Bool](repeating: false, count: context.dataset.providers.count)
        var count = 0
        func mark(_ providers: [Int]) {
            for provider in providers where !seen[provider] {
                seen[provider] = true
                count += 1
            }
        }
        for index in scope.activities {
            let roles = context.activity(index).roles
            mark(roles.initiators)
            mark(roles.financiers)
            mark(roles.executors)
        }
        return count
    }
}
