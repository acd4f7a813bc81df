/// Figure 16: providers in at least N distinct initiatives, with their initiatives per role.
enum ProviderTableBuilder {
    static let series = [FigureSeries.total] + Role.allCases.map(\.rawValue)

    static func make(_ context: FigureContext) -> Figure {
        let settings = context.dataset.settings
        var rows: [FigureRow] = []
        var order: [String] = []
        var all: [String: [ProviderCount]] = [:]
        for scope in context.allScopes {
            let threshold = scope.isNational ? settings.providerThresholdNational : settings.providerThresholdProvince
            let counts = providerCounts(context, scope)
                .sorted { $0.total != $1.total ? $0.total > $1.total : $0.name < $1.name }
            all[scope.name] = counts
            let listed = counts.filter { $0.total >= threshold }
            for provider in listed {
                rows.append(FigureRow(province: scope.name, series: FigureSeries.total, category: provider.name,
                                      value: .count(Int64(provider.total))))
                for role in Role.allCases {
                    rows.append(FigureRow(province: scope.name, series: role.rawValue, category: provider.name,
                                          value: .count(Int64(provider.perRole[role] ?? 0))))
                }
            }
            if scope.isNational { order = listed.map(\.name) }
        }
        var figure = Figure(id: .commonProviders, rows: rows, categories: order, series: series,
                            provinces: context.allScopes.map(\.name))
        figure.providerCounts = all
        return figure
    }


    /// Distinct initiatives per provider in the scope, in any role and per role (from the scope's own rows).
    static func providerCounts(_ context: FigureContext, _ scope: Scope) -> [ProviderCount] {
        var any: [Int: Set<Int>] = [:]
        var perRole: [Role: [Int: Set<Int>]] = [:]
        for index in scope.activities {
            let activity = context.activity(index)
            for role in Role.allCases {
                for provider in activity.roles[role] {
                    any[provider, default: []].insert(activity.initiative)
                    perRole[role, default: [:]][provider, default: []].insert(activity.initiative)
                }
            }
        }
        return any.map { provider, initiatives in
            ProviderCount(name: context.dataset.providers[provider], total: initiatives.count,
                          perRole: Dictionary(uniqueKeysWithValues: Role.allCases.map {
                              ($0, perRole[$0]?[provider]?.count ?? 0)
                          }))
        }
    }
}
