/// The normalised activities of two outputs matched by (`initiatief_id`, `activiteit`): which input rows a fix
/// changed, and which appeared or disappeared. The source column is not compared: a row inserted above moves
/// every line number below it without changing those activities.
public struct ActivityComparison: Sendable {
    static let ignoredColumns: Set<String> = ["bron"]

    public var changed: [ActivityChange]
    public var added: [ActivityChange]
    public var removed: [ActivityChange]

    public init(previous: [ActivityKey: SnapshotActivity], current: [ActivityKey: SnapshotActivity]) {
        var changed: [ActivityChange] = []
        var added: [ActivityChange] = []
        var removed: [ActivityChange] = []
        let columns = ActivityDataRenderer.columns.filter { !Self.ignoredColumns.contains($0) }
        for (key, new) in current {
            guard let old = previous[key] else {
                added.append(ActivityChange(key: key, previous: nil, current: new, fields: []))
                continue
            }
            let fields = new.differingColumns(from: old, among: columns)
            if !fields.isEmpty { changed.append(ActivityChange(key: key, previous: old, current: new, fields: fields)) }
        }
        for (key, old) in previous where current[key] == nil {
            removed.append(ActivityChange(key: key, previous: old, current: nil, fields: []))
        }
        self.changed = changed.sorted { Self.order($0) < Self.order($1) }
        self.added = added.sorted { Self.order($0) < Self.order($1) }
        self.removed = removed.sorted { $0.key < $1.key }
    }

    public var isEmpty: Bool { changed.isEmpty && added.isEmpty && removed.isEmpty }

    /// By source file and line of the new input, so that the list reads like the files.
    private static func order(_ change: ActivityChange) -> SourceOrder {
        SourceOrder(change.current?.source ?? "", key: change.key)
    }
}
