/// Figure 14: activities per technology, application and goal; an empty cell counts nowhere.
enum OpenVocabularyBuilder {
    static let vocabularies: [(OpenVocabularyID, String)] = [
        (.technology, FigureSeries.technology), (.application, FigureSeries.application), (.goal, FigureSeries.goal),
    ]

    static func make(_ context: FigureContext) -> Figure {
        var rows: [FigureRow] = []
        var order: [String] = []
        var ordered = Set<String>()
        for (vocabulary, series) in vocabularies {
            let labels = context.dataset.openLabels[vocabulary] ?? []
            let national = context.tally(context.national, size: labels.count) { $0.labels(vocabulary) }
            // Categories that occur, most frequent first; ties alphabetical, so that the order is stable.
            let occurring = labels.indices.filter { national[$0] > 0 }
                .sorted { national[$0] != national[$1] ? national[$0] > national[$1] : labels[$0] < labels[$1] }
            // A label in several vocabularies keeps its first place (a set: thousands of labels in big inputs).
            let fresh = occurring.map { labels[$0] }.filter { !ordered.contains($0) }
            order += fresh
            ordered.formUnion(fresh)
            for scope in context.allScopes {
                let counts = scope.isNational
                    ? national : context.tally(scope, size: labels.count) { $0.labels(vocabulary) }
                for index in occurring where scope.isNational || counts[index] > 0 {
                    rows.append(FigureRow(province: scope.name, series: series, category: labels[index],
                                          value: .count(counts[index])))
                }
            }
        }
        return Figure(id: .technologyApplicationGoal, rows: rows, categories: order,
                      series: vocabularies.map(\.1), provinces: context.allScopes.map(\.name))
    }
}
