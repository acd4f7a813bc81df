/// CSV lines written cell by cell (`TableRowWriter`), as `CSVWriter.appendLine` writes them from an array: comma
/// separated, quoted where needed, each cell made spreadsheet-safe, a line feed after each row.
struct CSVRowWriter: TableRowWriter {
    var bytes: [UInt8] = []
    private var startsLine = true
    private static let separator = UInt8(ascii: ",")

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func text(_ text: String) {
        separate()
        CSVWriter.appendQuoted(text, separator: Self.separator, spreadsheetSafe: true, to: &bytes)
    }

    mutating func text(utf8: UnsafeBufferPointer<UInt8>) {
        separate()
        CSVWriter.appendQuoted(utf8: utf8, separator: Self.separator, spreadsheetSafe: true, to: &bytes)
    }

    /// Written as its text would be (a minus sign is guarded as at the start of any text).
    mutating func integer(_ value: Int64) { text(String(value)) }

    mutating func empty() { separate() }

    /// Ends the row.
    mutating func endLine() {
        bytes.append(UInt8(ascii: "\n"))
        startsLine = true
    }

    private mutating func separate() {
        if !startsLine { bytes.append(Self.separator) }
        startsLine = false
    }
}
