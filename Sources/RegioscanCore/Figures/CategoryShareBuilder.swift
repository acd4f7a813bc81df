/// Per province, the share of its activities (or mentions) per category (figures 07, 12, 19, 20).
enum CategoryShareBuilder {
    /// Figure 07: share of the province's activities per archetype.
    static func archetypes(_ context: FigureContext) -> Figure {
        let labels = context.dataset.taxonomy.archetypes.labels
        let shares: (Scope) -> [FigureValue] = { scope in
            let counts = context.countPerCategory(scope, .archetype, includeUnspecified: false)
            return counts.map { .share($0, of: Int64(scope.activities.count)) }
        }
        var figure = Figure(id: .archetypeShares, rows: context.rows(context.provinces, labels: labels, values: shares),
                            categories: labels, provinces: context.provinceNames)
        figure.nationalReference = context.rows([context.national], labels: labels, values: shares)
        figure.shareBases = activityBases(context)
        return figure
    }

    /// Figure 12: maturity mentions of the province's activities over all its mentions; an empty cell is one
    /// mention of the unspecified category.
    static func maturityMentions(_ context: FigureContext) -> Figure {
        let labels = context.labels(.maturity, includeUnspecified: true)
        let shares: (Scope) -> [FigureValue] = { scope in
            let counts = context.countPerCategory(scope, .maturity, includeUnspecified: true)
            let total = counts.reduce(0, +)
            return counts.map { .share($0, of: total) }
        }
        var figure = Figure(id: .maturityShares, rows: context.rows(context.provinces, labels: labels, values: shares),
                            categories: labels, provinces: context.provinceNames,
                            unspecifiedCategory: context.dataset.taxonomy[.maturity].unspecifiedLabel)
        figure.nationalReference = context.rows([context.national], labels: labels, values: shares)
        figure.shareBases = Dictionary(uniqueKeysWithValues: context.allScopes.map { scope in
            (scope.name, context.countPerCategory(scope, .maturity, includeUnspecified: true).reduce(0, +))
        })
        return figure
    }

    /// Figures 19 and 20: share of the province's activities per modelled class of their archetype.
    static func modelledClass(_ context: FigureContext, id: FigureID, attribute: String) -> Figure {
        let archetypes = context.dataset.taxonomy.archetypes
        let labels = archetypes.classNames
        let shares: (Scope) -> [FigureValue] = { scope in
            let counts = context.tally(scope, size: labels.count) { activity in
                archetypes.categories[activity.archetype].classes[attribute].map { [$0 - 1] } ?? []
            }
            return counts.map { .share($0, of: Int64(scope.activities.count)) }
        }
        var figure = Figure(id: id, rows: context.rows(context.provinces, labels: labels, values: shares),
                            categories: labels, provinces: context.provinceNames)
        figure.nationalReference = context.rows([context.national], labels: labels, values: shares)
        figure.shareBases = activityBases(context)
        return figure
    }

    /// Each scope's activities: the base of a share of activities.
    private static func activityBases(_ context: FigureContext) -> [String: Int64] {
        Dictionary(uniqueKeysWithValues: context.allScopes.map { ($0.name, Int64($0.activities.count)) })
    }
}
