/// A parsed CSV file: its header, its non-blank rows, and the dialect it was written in.
public struct CSVTable: Sendable {
    public var file: String
    public var delimiter: UInt8
    public var encoding: TextEncoding
    public var header: CSVRecord
    public var rows: [CSVRecord]
}
