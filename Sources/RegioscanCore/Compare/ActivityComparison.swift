/// The normalised activities of two outputs matched by (`initiatief_id`, `activiteit`): which input rows a fix
/// changed, and which appeared or disappeared. The source column is not compared: a row inserted above moves
/// every line number below it without changing those activities.
public struct ActivityComparison: Sendable {
    static let sourceColumn = "bron"
    static let ignoredColumns: Set<String> = [sourceColumn]

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
        self.changed = Self.inSourceOrder(changed)
        self.added = Self.inSourceOrder(added)
        self.removed = removed.sorted { $0.key < $1.key }
    }

    /// Compares two outputs' activity data. Rows with an unchanged partner (all but the source the same bytes)
    /// are left out before the rest is parsed and matched; an activity that two rows share id and name with is
    /// then matched among the rows that changed. Nil when either file cannot be read.
    init?(previousData: ActivityData, currentData: ActivityData) {
        if let reduced = ActivityRowFilter.unpaired(previousData, currentData, ignoring: Self.sourceColumn),
           let old = Self.utf8Records(reduced.previous), let new = Self.utf8Records(reduced.current) {
            self.init(previous: Self.keyed(old), current: Self.keyed(new))
        } else if let old = previousData.all().flatMap(OutputSnapshot.activityRecords),
                  let new = currentData.all().flatMap(OutputSnapshot.activityRecords) {
            self.init(previous: Self.keyed(old), current: Self.keyed(new))
        } else {
            return nil
        }
    }

    /// The rows that remain, parsed, if they read as UTF-8 as the program writes them; where not, every row is
    /// compared.
    private static func utf8Records(_ bytes: [UInt8]) -> [SnapshotActivity]? {
        let text = DecodedText(bytes: bytes)
        return [.utf8, .utf8WithBOM].contains(text.encoding) ? OutputSnapshot.activityRecords(text) : nil
    }

    /// Rows of every activity, keyed; activities sharing id and name are numbered in file order.
    static func keyed(_ activities: [SnapshotActivity]) -> [ActivityKey: SnapshotActivity] {
        var result: [ActivityKey: SnapshotActivity] = [:]
        for activity in activities {
            var key = activity.key
            while result[key] != nil { key.occurrence += 1 }
            result[key] = activity
        }
        return result
    }

    public var isEmpty: Bool { changed.isEmpty && added.isEmpty && removed.isEmpty }

    /// By source file and line of the new input, so that the list reads like the files. Each reference is parsed
    /// once, not at every comparison of the sort (100,000 new activities took seconds that way).
    private static func inSourceOrder(_ changes: [ActivityChange]) -> [ActivityChange] {
        let orders = changes.map { SourceOrder($0.current?.source ?? "", key: $0.key) }
        return changes.indices.sorted { orders[$0] != orders[$1] ? orders[$0] < orders[$1] : $0 < $1 }.map { changes[$0] }
    }
}
