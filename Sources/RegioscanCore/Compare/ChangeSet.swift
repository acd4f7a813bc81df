/// What changed between the previous output of a year and the new one: the figure values, the normalised
/// activities and the sentences of the report. Made before the new output replaces the old one.
public struct ChangeSet: Sendable {
    /// Nil on a first run: there was no previous output.
    public var previous: OutputSnapshot?
    public var current: OutputSnapshot
    public var figures: FigureComparison?
    /// Nil when either output has no activity data.
    public var activities: ActivityComparison?
    public var sentences: SentenceComparison?
    /// Both outputs have activity data, but one of them cannot be read.
    var activityDataUnreadable = false

    public init(previous: OutputSnapshot?, current: OutputSnapshot) {
        self.previous = previous
        self.current = current
        guard let previous else { return }
        figures = FigureComparison(previous: previous, current: current)
        if let old = previous.activityData, let new = current.activityData {
            activities = ActivityComparison(previousData: old, currentData: new)
            activityDataUnreadable = activities == nil
        }
        if let old = previous.report, let new = current.report {
            sentences = SentenceComparison(previous: old, current: new)
        }
    }

    public var isFirstRun: Bool { previous == nil }

    /// Problems of the previous output (older version, missing files), said plainly.
    public var problems: [String] {
        (previous?.problems ?? []) + (activityDataUnreadable ? [Messages.noActivityData] : [])
    }

    /// The console's one line: "3 waarden in 2 figuren gewijzigd, zie wijzigingen.md".
    public var summaryLine: String {
        guard let figures else { return Messages.firstRunLine }
        if previous?.tables.isEmpty == true { return Messages.previousIncompleteLine }
        let count = figures.changedValues.count + figures.addedRows.count + figures.removedRows.count
        let figureCount = figures.changedFigures.count + figures.figuresAdded.count + figures.figuresRemoved.count
        var line = count == 0 && figureCount == 0 ? Messages.noChangesLine : Messages.changesLine(values: count, figures: figureCount)
        if !problems.isEmpty { line += Messages.previousProblemsSuffix }
        return line
    }
}
