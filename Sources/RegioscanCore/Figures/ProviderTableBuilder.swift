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
    /// One sorted list of (provider, initiative, role) instead of a set per provider and role: the sets' hashing
    /// was most of this figure's time.
    static func providerCounts(_ context: FigureContext, _ scope: Scope) -> [ProviderCount] {
        let roles = Role.allCases
        var links: [UInt64] = []
        for index in scope.activities {
            let activity = context.activity(index)
            for (number, role) in roles.enumerated() {
                for provider in activity.roles[role] {
                    links.append(UInt64(provider) << 40 | UInt64(activity.initiative) << 8 | UInt64(number))
                }
            }
        }
        links.sortAndRemoveDuplicates()
        var counts: [ProviderCount] = []
        var position = 0
        while position < links.count {
            let provider = links[position] >> 40
            var total = 0
            var perRole = [Int](repeating: 0, count: roles.count)
            var lastInitiative: UInt64?
            while position < links.count, links[position] >> 40 == provider {
                let initiative = links[position] >> 8 & 0xFFFF_FFFF
                if initiative != lastInitiative { total += 1 }
                lastInitiative = initiative
                perRole[Int(links[position] & 0xFF)] += 1
                position += 1
            }
            counts.append(ProviderCount(name: context.dataset.providers[Int(provider)], total: total,
                                        perRole: Dictionary(uniqueKeysWithValues: zip(roles, perRole))))
        }
        return counts
    }
}
