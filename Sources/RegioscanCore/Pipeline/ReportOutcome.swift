/// What a report run wrote.
public struct ReportOutcome: Sendable {
    public var folder: String
    public var files: [String]
    public var dataset: Dataset
    public var diagnostics: Diagnostics
    /// One line on what changed since the previous output of this year (`wijzigingen.md`).
    public var changeSummary: String?
}
