/// `(initiatief_id, activiteit)`, the key under which two runs' activities are matched.
public struct ActivityKey: Sendable, Hashable, Comparable {
    public var initiativeID: String
    public var activity: String
    /// Tells apart activities that share id and name (rare: the same name in two provinces).
    public var occurrence = 0

    static func normalised(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    public static func < (lhs: ActivityKey, rhs: ActivityKey) -> Bool {
        (lhs.initiativeID, lhs.activity, lhs.occurrence) < (rhs.initiativeID, rhs.activity, rhs.occurrence)
    }
}
