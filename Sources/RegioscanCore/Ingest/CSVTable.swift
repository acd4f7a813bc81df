/// A parsed CSV file (or a workbook's sheet): its header, its non-blank rows, and the dialect it was written in.
public struct CSVTable: Sendable {
    public var file: String
    public var delimiter: UInt8
    public var encoding: TextEncoding
    public var header: CSVRecord
    public var rows: [CSVRecord]
    /// The sheet the rows come from, for a workbook delivery; nil for a text file.
    public var sheet: String? = nil
}
