/// The national marginals of the 2023 synthesis that the sample reproduces exactly at its default size
/// (the report's figures 6, 18 and 21 and its key figures), scaled proportionally for other sizes.
struct SampleTargets {
    static let publishedActivities = 582
    static let publishedInitiatives = 220

    /// Figure 6: activities per archetype, in taxonomy order.
    static let activitiesPerArchetype = [15, 86, 41, 66, 40, 42, 61, 52, 86, 42, 30, 21]
    /// Figure 18: activities per market failure, in taxonomy order (801 mentions).
    static let activitiesPerMarketFailure = [337, 126, 233, 23, 71, 5, 6]
    /// Figure 21: registered reach per archetype (109,339 in all).
    static let reachPerArchetype: [Int64] = [8126, 9745, 165, 5298, 3540, 2536, 8625, 7251, 41306, 603, 3348, 18796]
    /// Initiatives per province in the default sample, in taxonomy order (220 in all).
    static let initiativesPerProvince = [18, 19, 15, 21, 12, 22, 20, 21, 22, 13, 23, 14]

    let activities: Int
    let initiatives: Int
    let perArchetype: [Int]
    let perMarketFailure: [Int]
    let reachPerArchetype: [Int64]
    let initiativesPerProvince: [Int]

    init(activities: Int) {
        self.activities = activities
        let scaledInitiatives = Self.round(Self.publishedInitiatives, times: activities, over: Self.publishedActivities)
        initiatives = min(activities, max(12, scaledInitiatives, (activities + 12) / 13))
        perArchetype = Self.apportion(activities, weights: Self.activitiesPerArchetype)
        let mentions = Self.round(Self.activitiesPerMarketFailure.reduce(0, +), times: activities,
                                  over: Self.publishedActivities)
        perMarketFailure = Self.apportion(mentions, weights: Self.activitiesPerMarketFailure)
        reachPerArchetype = Self.reachPerArchetype.map {
            $0 * Int64(activities) / Int64(Self.publishedActivities)
        }
        initiativesPerProvince = Self.apportion(initiatives, weights: Self.initiativesPerProvince, minimum: 1)
    }

    static func round(_ value: Int, times numerator: Int, over denominator: Int) -> Int {
        Int((Int64(value) * Int64(numerator) + Int64(denominator) / 2) / Int64(denominator))
    }

    /// Splits `total` in proportion to `weights` (largest remainder), so that the parts add up exactly;
    /// parts below `minimum` are raised, taking from the largest part.
    static func apportion(_ total: Int, weights: [Int], minimum: Int = 0) -> [Int] {
        let sum = Int64(weights.reduce(0, +))
        var parts = weights.map { Int(Int64($0) * Int64(total) / sum) }
        let remainders = weights.enumerated().map { ($0.offset, Int64($0.element) * Int64(total) % sum) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        var missing = total - parts.reduce(0, +)
        for (index, _) in remainders where missing > 0 {
            parts[index] += 1
            missing -= 1
        }
        for index in parts.indices where parts[index] < minimum {
            let largest = parts.indices.max { parts[$0] < parts[$1] }!
            parts[largest] -= minimum - parts[index]
            parts[index] = minimum
        }
        return parts
    }
}
