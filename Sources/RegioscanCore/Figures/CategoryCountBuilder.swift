/// Activities per category of a closed dimension (figures 06, 13, 18), national and per province.
enum CategoryCountBuilder {
    static func make(_ context: FigureContext, id: FigureID, dimension: DimensionID) -> Figure {
        let includeUnspecified = context.dataset.taxonomy[dimension].unspecifiedLabel != nil
        let labels = context.labels(dimension, includeUnspecified: includeUnspecified)
        let rows = context.rows(context.allScopes, labels: labels) { scope in
            context.countPerCategory(scope, dimension, includeUnspecified: includeUnspecified).map { .count($0) }
        }
        return Figure(id: id, rows: rows, categories: labels, provinces: context.allScopes.map(\.name),
                      groups: GroupSpans.of(context.dataset.taxonomy[dimension]),
                      unspecifiedCategory: includeUnspecified ? context.dataset.taxonomy[dimension].unspecifiedLabel : nil)
    }
}
