/// Bottleneck × target group (omvang, sector) counts per scope, and the combinations that are common nationally
/// but rare in a province (`ProvinceRules`). Bottlenecks use figure 15's labels; only named target groups count
/// (an empty or "unspecified" cell names none).
struct ProvinceGapBuilder {
    static let dimensions: [DimensionID] = [.size, .sector]

    struct Cell: Hashable {
        var dimension: DimensionID
        var bottleneck: Int
        var target: Int
    }

    let context: FigureContext
    let bottleneckLabels: [String]
    let labelIndex: [Int]
    /// Activities per cell, in one array by place (dimension, bottleneck, target): a set of cells per activity and
    /// a dictionary of counts per province were most of the province profiles' time at 10⁶ activities.
    let national: [Int64]
    /// The most categories of a dimension in `dimensions`: the stride of the targets in `national`.
    private let targets: Int

    init(context: FigureContext) {
        self.context = context
        let labels = BottleneckBuilder.figureLabels(context.dataset.taxonomy[.bottleneck])
        bottleneckLabels = labels.labels
        labelIndex = labels.labelIndex
        targets = Self.dimensions.map { context.dataset.taxonomy[$0].categories.count }.max() ?? 0
        national = Self.counts(context, context.national.activities, labelIndex: labels.labelIndex,
                               bottlenecks: labels.labels.count, targets: targets)
    }

    private func cell(at place: Int) -> Cell {
        let target = place % targets, rest = place / targets
        return Cell(dimension: Self.dimensions[rest / bottleneckLabels.count], bottleneck: rest % bottleneckLabels.count,
                    target: target)
    }

    /// Activities per cell: each activity once in each cell it falls in (its bottlenecks as labelled in the figure,
    /// where several may share a label, once each).
    static func counts(_ context: FigureContext, _ activities: [Int], labelIndex: [Int], bottlenecks: Int,
                       targets: Int) -> [Int64] {
        var counts = [Int64](repeating: 0, count: dimensions.count * bottlenecks * targets)
        var labels: [Int] = []
        for index in activities {
            let activity = context.activity(index)
            labels.removeAll(keepingCapacity: true)
            for bottleneck in activity.bottlenecks { labels.append(labelIndex[bottleneck]) }
            labels.sortAndRemoveDuplicates()
            for (position, dimension) in dimensions.enumerated() {
                for target in activity.categories(dimension) {
                    for label in labels { counts[(position * bottlenecks + label) * targets + target] += 1 }
                }
            }
        }
        return counts
    }

    func cells(of activity: Activity) -> Set<Cell> { Self.cells(of: activity, labelIndex: labelIndex) }

    static func cells(of activity: Activity, labelIndex: [Int]) -> Set<Cell> {
        let bottlenecks = Set(activity.bottlenecks.map { labelIndex[$0] })
        var cells: Set<Cell> = []
        for dimension in Self.dimensions {
            for target in activity.categories(dimension) {
                for bottleneck in bottlenecks { cells.insert(Cell(dimension: dimension, bottleneck: bottleneck, target: target)) }
            }
        }
        return cells
    }

    /// Common nationally, rare in the province; by dimension, then most common nationally first.
    func gaps(_ scope: Scope) -> [(cell: Cell, gap: ProvinceGap)] {
        let own = Self.counts(context, scope.activities, labelIndex: labelIndex, bottlenecks: bottleneckLabels.count,
                              targets: targets)
        let nationalTotal = Double(context.national.activities.count)
        let provinceTotal = Double(scope.activities.count)
        guard nationalTotal > 0 else { return [] }
        let found = national.indices.compactMap { place -> (cell: Cell, gap: ProvinceGap)? in
            let count = national[place]
            guard count > 0 else { return nil }
            let cell = cell(at: place)
            let share = Double(count) / nationalTotal
            let expected = share * provinceTotal
            let have = own[place]
            guard share >= ProvinceRules.commonShare - ProvinceRules.tolerance,
                  expected >= ProvinceRules.minimumExpected - ProvinceRules.tolerance,
                  Double(have) < ProvinceRules.rareFraction * expected else { return nil }
            let gap = ProvinceGap(dimension: cell.dimension, bottleneck: bottleneckLabels[cell.bottleneck],
                                  target: context.dataset.label(cell.dimension, cell.target), nationalCount: count,
                                  nationalShare: share, provinceCount: have, expected: expected)
            return (cell, gap)
        }
        return found.sorted { lhs, rhs in
            let left = lhs.cell, right = rhs.cell
            let leftOrder = Self.dimensions.firstIndex(of: left.dimension)!, rightOrder = Self.dimensions.firstIndex(of: right.dimension)!
            if leftOrder != rightOrder { return leftOrder < rightOrder }
            if lhs.gap.nationalCount != rhs.gap.nationalCount { return lhs.gap.nationalCount > rhs.gap.nationalCount }
            return (left.bottleneck, left.target) < (right.bottleneck, right.target)
        }
    }
}
