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
    let national: [Cell: Int64]

    init(context: FigureContext) {
        self.context = context
        let labels = BottleneckBuilder.figureLabels(context.dataset.taxonomy[.bottleneck])
        bottleneckLabels = labels.labels
        labelIndex = labels.labelIndex
        national = Self.counts(context, context.national.activities, labelIndex: labels.labelIndex)
    }

    /// Each activity counts once per combination it has.
    static func counts(_ context: FigureContext, _ activities: [Int], labelIndex: [Int]) -> [Cell: Int64] {
        var counts: [Cell: Int64] = [:]
        for index in activities {
            for cell in cells(of: context.activity(index), labelIndex: labelIndex) { counts[cell, default: 0] += 1 }
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
        let own = Self.counts(context, scope.activities, labelIndex: labelIndex)
        let nationalTotal = Double(context.national.activities.count)
        let provinceTotal = Double(scope.activities.count)
        guard nationalTotal > 0 else { return [] }
        let found = national.compactMap { cell, count -> (cell: Cell, gap: ProvinceGap)? in
            let share = Double(count) / nationalTotal
            let expected = share * provinceTotal
            let have = own[cell] ?? 0
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
