/// The quality of a province's delivery: the warnings on its rows and files, unknown reach, and estimates that
/// count as exact numbers.
public struct ProvinceDataQuality: Sendable, Hashable {
    /// Warnings on the province's rows, and on other lines of files that hold its rows; personal data masked.
    public var warnings: [Diagnostic]
    public var activities: Int64
    public var unknownReach: Int64
    /// Activities whose reach was an estimate (`ca. 600`), counted as 600.
    public var approximateReach: Int64
    public var approximateReachSum: Int64
}
