/// An initiative as a year comparison needs it, gathered from its activities in `data/activiteiten.csv`.
public struct InitiativeSummary: Sendable, Hashable {
    public var id: String
    public var name: String
    public var provinces: [String]
    public var providers: [String]
    public var activities: Int

    /// One summary per initiative id (case-insensitive), in order of first appearance.
    static func gather(_ activities: [SnapshotActivity]) -> [InitiativeSummary] {
        var order: [String] = []
        var byKey: [String: InitiativeSummary] = [:]
        for activity in activities {
            let key = activity.initiativeID.lowercased()
            if byKey[key] == nil {
                order.append(key)
                byKey[key] = InitiativeSummary(id: activity.initiativeID, name: activity.initiative, provinces: [],
                                               providers: [], activities: 0)
            }
            byKey[key]!.activities += 1
            if !byKey[key]!.provinces.contains(activity.province) { byKey[key]!.provinces.append(activity.province) }
            for provider in activity.providers where !byKey[key]!.providers.contains(provider) {
                byKey[key]!.providers.append(provider)
            }
        }
        return order.map { byKey[$0]! }
    }

    var key: String { id.lowercased() }
}
