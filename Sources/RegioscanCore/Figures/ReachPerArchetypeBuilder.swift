/// Figure 21: known reach per archetype and the number of activities whose reach is known.
enum ReachPerArchetypeBuilder {
    static let series = [FigureSeries.reach, FigureSeries.activitiesWithReach]

    static func make(_ context: FigureContext) -> Figure {
        let labels = context.dataset.taxonomy.archetypes.labels
        let reach = context.rows(context.allScopes, series: FigureSeries.reach, labels: labels) { scope in
            context.reachPerCategory(scope, .archetype).map { .count($0) }
        }
        let known = context.rows(context.allScopes, series: FigureSeries.activitiesWithReach, labels: labels) { scope in
            context.tally(scope, size: labels.count) { $0.reach == nil ? [] : [$0.archetype] }.map { .count($0) }
        }
        return Figure(id: .reachPerArchetype, rows: reach + known, categories: labels, series: series,
                      provinces: context.allScopes.map(\.name))
    }
}
