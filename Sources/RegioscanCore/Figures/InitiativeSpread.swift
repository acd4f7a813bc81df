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
        var provincesPerInitiative: [Int: Int] = [:]
        for scope in context.provinces {
            for initiative in context.initiativeActivityCounts(scope).keys { provincesPerInitiative[initiative, default: 0] += 1 }
        }
        multiProvince = provincesPerInitiative.values.filter { $0 > 1 }.count
        extraCounts = provincesPerInitiative.values.reduce(0) { $0 + $1 - 1 }
    }
}
