/// One activity in two outputs: its fields that differ, or nil on the side where it does not exist.
public struct ActivityChange: Sendable, Hashable {
    public var key: ActivityKey
    public var previous: SnapshotActivity?
    public var current: SnapshotActivity?
    /// Columns whose value differs (for a changed activity).
    public var fields: [String]
}
