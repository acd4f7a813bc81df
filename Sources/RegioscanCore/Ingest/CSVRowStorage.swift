/// How the CSV reader keeps the cells of the record it is reading: as strings (`CSVRecord`, for a table that is
/// kept) or as bytes (`CSVByteRow`, for a reader that looks at each row once). The reader and its rules for blank
/// and too-wide rows are the same for both.
protocol CSVRowStorage {
    init(line: Int, width: Int)
    var line: Int { get set }
    var cellCount: Int { get }
    /// Adds the next cell, as valid UTF-8 without quotes.
    mutating func appendCell(_ bytes: UnsafeBufferPointer<UInt8>)
    /// Drops the cells from `index` on (a row's empty cells beyond the header).
    mutating func removeCells(from index: Int)
    /// The cell as a string, for the rare look that needs one.
    func string(_ index: Int) -> String
    /// The cell's bytes, without a string in between where the storage has them.
    func withBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result
    /// The cell's bytes where the storage keeps them as bytes, valid while the row is looked at; nil for strings.
    func unsafeBytes(_ index: Int) -> UnsafeBufferPointer<UInt8>?
    /// Ready for the next record: the cells it kept are gone. For `CSVByteRow` so are the cells of a row handed
    /// over before (its copies share the storage); a `CSVRecord` handed over keeps its own.
    mutating func startNext(line: Int)
    /// The record with a string per cell.
    var asRecord: CSVRecord { get }
}

extension CSVRowStorage {
    /// Whether a cell holds only spaces (Unicode white space): blank rows are skipped.
    func isBlankCell(_ index: Int) -> Bool {
        withBytes(index) { bytes in
            if let answer = Self.asciiOnlySpaces(bytes) { return answer }
            return CSVRecord.isBlank(string(index))
        }
    }

    /// Whether a cell holds only white-space characters (trailing header cells, extra cells of a row).
    func isWhitespaceCell(_ index: Int) -> Bool {
        withBytes(index) { bytes in
            if let answer = Self.asciiOnlySpaces(bytes) { return answer }
            return string(index).allSatisfy(\.isWhitespace)
        }
    }

    var isBlankRecord: Bool { (0..<cellCount).allSatisfy(isBlankCell) }

    /// Whether every cell outside `columns` is blank: a row that holds only pre-filled values.
    func isBlank(except columns: Set<Int>) -> Bool {
        (0..<cellCount).allSatisfy { columns.contains($0) || isBlankCell($0) }
    }

    /// For ASCII bytes, whether all are spaces, tabs or line ends (the same answer as both tests above give);
    /// nil when a byte is not ASCII.
    private static func asciiOnlySpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var onlySpaces = true
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            if byte != 0x20, !(0x09...0x0D).contains(byte) { onlySpaces = false }
        }
        return onlySpaces
    }
}
