/// Initiatives of two years matched by `initiatief_id`: new, stopped and continued, plus the renames found
/// among the new and stopped ones. Confirmed renames count as continued; likely ones stay new and stopped
/// until `hernoemingen.yaml` confirms them.
public struct InitiativeComparison: Sendable {
    public var new: [InitiativeSummary]
    public var stopped: [InitiativeSummary]
    public var continued: [InitiativeSummary]
    public var renames: [Rename]

    init(previous: [SnapshotActivity], current: [SnapshotActivity], list: RenameList?) {
        let old = InitiativeSummary.gather(previous)
        let now = InitiativeSummary.gather(current)
        let oldKeys = Set(old.map(\.key))
        let nowKeys = Set(now.map(\.key))
        let stopped = old.filter { !nowKeys.contains($0.key) }
        let new = now.filter { !oldKeys.contains($0.key) }
        renames = RenameMatcher.match(stopped: stopped, new: new, list: list)
        let confirmed = renames.filter(\.confirmed)
        let confirmedOld = Set(confirmed.map(\.previous.key))
        let confirmedNew = Set(confirmed.map(\.current.key))
        self.stopped = stopped.filter { !confirmedOld.contains($0.key) }.sorted { $0.key < $1.key }
        self.new = new.filter { !confirmedNew.contains($0.key) }.sorted { $0.key < $1.key }
        continued = (now.filter { oldKeys.contains($0.key) } + confirmed.map(\.current)).sorted { $0.key < $1.key }
    }

    public var likelyRenames: [Rename] { renames.filter { !$0.confirmed } }
    public var confirmedRenames: [Rename] { renames.filter(\.confirmed) }
}
