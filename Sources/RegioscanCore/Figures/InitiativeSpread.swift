/// How initiatives spread over provinces. An initiative active in three provinces counts once in each province's
/// key figures but once nationally, so the provinces add up to more than the country; the report says by how much.
public struct InitiativeSpread: Sendable, Equatable {
    /// Initiatives with activities in more than one province.
    public var multiProvince: Int
    /// The sum of the provinces' initiative counts minus the national count.
    public var extraCounts: Int

    public init(multiProvince: Int, extraCounts: Int) {
        self.multiProvince = multiProvince
        self.extraCounts = extraCounts
    }

    init(_ context: FigureContext) {
        var provincesPerInitiative = [Int](repeating: 0, count: context.dataset.initiatives.count)
        for scope in context.provinces {
            for (initiative, _) in context.initiativeActivityCounts(scope) { provincesPerInitiative[initiative] += 1 }
        }
        let active = provincesPerInitiative.filter { $0 > 0 }
        multiProvince = active.filter { $0 > 1 }.count
        extraCounts = active.reduce(0) { $0 + $1 - 1 }
    }
}
