/// Bounds on what reading one workbook may cost. The uncompressed sizes are counted while inflating, so that a
/// zip bomb or a lying size header stops at the limit instead of filling the memory.
public struct WorkbookReadLimits: Sendable {
    /// One part (a sheet's XML, the shared strings): a million activities take some hundreds of megabytes.
    public var maximumPartSize: Int
    /// All parts read from one workbook together.
    public var maximumTotalSize: Int

    public init(maximumPartSize: Int = 1_000_000_000, maximumTotalSize: Int = 1_500_000_000) {
        self.maximumPartSize = maximumPartSize
        self.maximumTotalSize = maximumTotalSize
    }

    public static let standard = WorkbookReadLimits()
}
