/// The groups of a dimension as runs of category labels, for charts that draw groups.
enum GroupSpans {
    static func of(_ dimension: Dimension) -> [CategoryGroupSpan] {
        dimension.groups.map { group in
            CategoryGroupSpan(label: group.label,
                              categories: dimension.categories.filter { $0.group == group.label }.map(\.label))
        }
    }
}
