/// Kerncijfers: initiatives, activities, activities per initiative, reach and providers, national and per province.
enum KeyFiguresBuilder {
    static let categories = [
        "initiatieven", "activiteiten", "activiteiten_per_initiatief_min", "activiteiten_per_initiatief_max",
        "activiteiten_per_initiatief_gemiddeld", "bereik_totaal", "activiteiten_met_bereik", "aanbieders",
        "bereik_aandeel_mkb",
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
                ("initiatieven", .count(Int64(perInitiative.count))),
                ("activiteiten", .count(Int64(activities))),
                ("activiteiten_per_initiatief_min", .count(Int64(perInitiative.min() ?? 0))),
                ("activiteiten_per_initiatief_max", .count(Int64(perInitiative.max() ?? 0))),
                ("activiteiten_per_initiatief_gemiddeld", .share(Int64(activities), of: Int64(perInitiative.count))),
                ("bereik_totaal", .count(reachTotal)),
                ("activiteiten_met_bereik", .count(Int64(reach.count))),
                ("aanbieders", .count(Int64(providers.count))),
            ]
            rows += values.map { FigureRow(province: scope.name, category: $0.0, value: $0.1) }
            if scope.isNational {
                let population = Int64(context.dataset.settings.smePopulation)
                rows.append(FigureRow(province: scope.name, category: "bereik_aandeel_mkb",
                                      value: .share(reachTotal, of: population)))
            }
        }
        return Figure(id: .keyFigures, rows: rows, categories: categories,
                      provinces: context.allScopes.map(\.name))
    }
}
