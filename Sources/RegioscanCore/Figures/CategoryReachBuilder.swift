/// Known reach per category of a closed dimension, including its unspecified category (figures 08–11).
enum CategoryReachBuilder {
    static func make(_ context: FigureContext, id: FigureID, dimension: DimensionID) -> Figure {
        let labels = context.labels(dimension, includeUnspecified: true)
        let rows = context.rows(context.allScopes, labels: labels) { scope in
            context.reachPerCategory(scope, dimension).map { .count($0) }
        }
        return Figure(id: id, rows: rows, categories: labels, provinces: context.allScopes.map(\.name),
                      unspecifiedCategory: context.dataset.taxonomy[dimension].unspecifiedLabel)
    }
}
