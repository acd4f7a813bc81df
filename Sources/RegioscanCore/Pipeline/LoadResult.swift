/// What reading a year's input produced: the dataset when there were no errors, and every diagnostic.
public struct LoadResult: Sendable {
    public var dataset: Dataset?
    public var diagnostics: Diagnostics
    public var year: Int
    /// The CSV files read, in order.
    public var files: [String]
}
