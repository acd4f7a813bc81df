/// Figure 15: activities per bottleneck, where a merged group (`Niet weten`) counts an activity once.
enum BottleneckBuilder {
    static func make(_ context: FigureContext) -> Figure {
        let dimension = context.dataset.taxonomy[.bottleneck]
        let (labels, labelIndex, spans) = figureLabels(dimension)
        let rows = context.rows(context.allScopes, labels: labels) { scope in
            context.tally(scope, size: labels.count) { activity in
                var figureLabels = activity.bottlenecks.map { labelIndex[$0] }
                if figureLabels.count > 1 { figureLabels.sortAndRemoveDuplicates() }
                return figureLabels
            }.map { .count($0) }
        }
        var figure = Figure(id: .activitiesPerBottleneck, rows: rows, categories: labels,
                            provinces: context.allScopes.map(\.name), groups: spans)
        let groupIndex = dimension.categories.indices.map { dimension.groupIndex(of: $0) }
        let perGroup = context.tally(context.national, size: dimension.groups.count) { activity in
            var groups = activity.bottlenecks.compactMap { groupIndex[$0] }
            if groups.count > 1 { groups.sortAndRemoveDuplicates() }
            return groups
        }
        for (index, group) in dimension.groups.enumerated() { figure.groupTotals[group.label] = perGroup[index] }
        return figure
    }

    /// Each category maps to a figure label: its group's when the group is merged, else its own. Also used by the
    /// province gaps, which count bottlenecks by the same labels.
    static func figureLabels(_ dimension: Dimension) -> (labels: [String], labelIndex: [Int], spans: [CategoryGroupSpan]) {
        var labels: [String] = []
        var labelIndex: [Int] = []
        var spans: [CategoryGroupSpan] = []
        for category in dimension.categories {
            let group = category.group.flatMap { name in dimension.groups.first { $0.label == name } }
            let label = group?.merged == true ? group!.label : category.label
            if !labels.contains(label) { labels.append(label) }
            labelIndex.append(labels.firstIndex(of: label)!)
            let spanLabel = group?.label ?? category.label
            if let last = spans.last, last.label == spanLabel {
                if !last.categories.contains(label) { spans[spans.count - 1].categories.append(label) }
            } else {
                spans.append(CategoryGroupSpan(label: spanLabel, categories: [label]))
            }
        }
        return (labels, labelIndex, spans)
    }
}
