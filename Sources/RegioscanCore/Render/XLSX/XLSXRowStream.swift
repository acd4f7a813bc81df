import CXlsxWriter
import CZipLevel
import Foundation

/// Rows of a constant-memory worksheet written straight into libxlsxwriter's row file, in the XML that the library
/// writes for them itself: inline strings, numbers as `%.16G`, no spans. Per cell the library allocated a cell,
/// copied and escaped its text twice, printed it with `fprintf` and freed it again; at 10⁵ activities that was
/// most of the national workbook's time. The tests write the same rows both ways and compare the bytes.
///
/// Use: `begin()` before a run of rows (it writes out the row that the library still holds), `write(row:cells:)`
/// per row in ascending order, `end()` before the library writes on this sheet again. Links are not supported.
///
/// Or, while the workbook is being closed, into the zip entry of the sheet (`XLSXDeferredRows`): the same XML,
/// without the library's two temporary copies of it.
struct XLSXRowStream: ~Copyable, TableRowWriter {
    private let worksheet: XLSXWorksheet
    /// The zip being written, when the rows go there instead of into the library's row file.
    private let zip: UnsafeMutableRawPointer?
    private var buffer = ByteBuffer(capacity: XLSXRowStream.bufferSize + 64 * 1024)
    private var styles: [XLSXFormatSpec: Int32]
    /// `<c r="B` per column, one after the other: the start of every cell of that column.
    private var cellStarts = ByteBuffer(capacity: 1_024)
    /// Where each column's start ends in `cellStarts`.
    private var cellStartEnds: [Int] = []
    /// The current row's number as digits, reused from row to row.
    private var rowName = ByteBuffer(capacity: 16)
    /// The rows and columns written to, for the sheet's extent (none while the highest is below the lowest).
    private var lowestRow = Int.max, highestRow = -1
    private var lowestColumn = Int.max, highestColumn = -1
    /// Written to the file above this size.
    private static let bufferSize = 1 << 20
    /// The row being written: its number, the column of its next cell, whether `<row>` is out, the columns cut
    /// so far, and the first error of its cells.
    private var currentRow = 0, column = 0
    private var rowOpened = false
    private var cut: [Int] = []
    private var failure: Error?

    init(worksheet: XLSXWorksheet) {
        self.worksheet = worksheet
        zip = nil
        styles = [:]
    }

    /// Rows for the zip entry being written; the formats' numbers must be known before the workbook closes.
    init(worksheet: XLSXWorksheet, zip: UnsafeMutableRawPointer, styles: [XLSXFormatSpec: Int32]) {
        self.worksheet = worksheet
        self.zip = zip
        self.styles = styles
    }

    /// The numbers of these formats as the library will write them, decided now.
    static func styles(_ formats: [XLSXFormatSpec], in workbook: XLSXWorkbook) throws -> [XLSXFormatSpec: Int32] {
        var styles: [XLSXFormatSpec: Int32] = [:]
        for format in formats { styles[format] = try workbook.styleNumber(format) }
        return styles
    }

    /// Writes out the library's pending row, so that the rows that follow come after it in the file.
    mutating func begin() {
        lxw_worksheet_write_single_row(worksheet.handle)
    }

    /// One row (0-based), after any row written before; returns the columns whose text was cut at Excel's limit.
    mutating func write(row: Int, cells: [TableCell]) throws -> [Int] {
        try beginRow(row)
        write(cells)
        return try endRow()
    }

    /// Starts a row (0-based) that follows any row written before; its cells follow (`TableRowWriter`), then
    /// `endRow()`.
    mutating func beginRow(_ row: Int) throws {
        guard (0..<XLSXLimits.maximumRows).contains(row) else {
            throw XLSXError(message: "cel buiten het werkblad (rij \(row + 1))", context: worksheet.name)
        }
        rowName.removeAll()
        rowName.appendDecimal(row + 1)
        currentRow = row
        column = 0
        rowOpened = false
        cut.removeAll(keepingCapacity: true)
    }

    /// Ends the row begun last; returns the columns whose text was cut at Excel's limit.
    mutating func endRow() throws -> [Int] {
        if let failure {
            self.failure = nil
            throw failure
        }
        if rowOpened {
            buffer.append("</row>")
            lowestRow = min(lowestRow, currentRow)
            highestRow = max(highestRow, currentRow)
        }
        if buffer.count >= Self.bufferSize { try flush() }
        return cut
    }

    mutating func text(_ text: String) {
        let shortened = XLSXLimits.truncated(text)
        var text = shortened ?? text
        text.withUTF8 { write($0, cut: shortened != nil) }
    }

    mutating func text(utf8: UnsafeBufferPointer<UInt8>) {
        // Over Excel's limit in bytes a text may still fit in UTF-16 units: the string decides.
        guard utf8.count <= XLSXLimits.maximumStringLength else { return text(String(decoding: utf8, as: UTF8.self)) }
        write(utf8, cut: false)
    }

    /// A text cell, unless the text is empty; `cut` when it was shortened to Excel's limit.
    private mutating func write(_ utf8: UnsafeBufferPointer<UInt8>, cut isCut: Bool) {
        defer { column += 1 }
        guard !utf8.isEmpty, startCell() else { return }
        openCell(column, style: nil)
        appendInlineString(utf8)
        if isCut { cut.append(column) }
    }

    mutating func integer(_ value: Int64) {
        number(Double(value), kind: 0)
    }

    mutating func empty() { column += 1 }

    /// Hands the rows to the library's file and tells the library how far the sheet now reaches.
    mutating func end() throws {
        try flush()
        guard highestRow >= 0, highestColumn >= 0 else { return }
        let rows = lowestRow...highestRow, columns = lowestColumn...highestColumn
        let sheet = worksheet.handle
        sheet.pointee.dim_rowmin = min(sheet.pointee.dim_rowmin, lxw_row_t(rows.lowerBound))
        sheet.pointee.dim_rowmax = max(sheet.pointee.dim_rowmax, lxw_row_t(rows.upperBound))
        sheet.pointee.dim_colmin = min(sheet.pointee.dim_colmin, lxw_col_t(columns.lowerBound))
        sheet.pointee.dim_colmax = max(sheet.pointee.dim_colmax, lxw_col_t(columns.upperBound))
        // The library's next row must come after these; it refuses rows before its current one.
        sheet.pointee.optimize_row.pointee.row_num = max(sheet.pointee.optimize_row.pointee.row_num, lxw_row_t(rows.upperBound))
    }

    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        if let zip {
            let result = buffer.withBytes { regioscan_zip_write(zip, $0.baseAddress, UInt32($0.count)) }
            guard result == 0 else {
                throw XLSXError(message: "werkblad kan niet in het werkboek worden geschreven (\(result))", context: worksheet.name)
            }
            buffer.removeAll()
            return
        }
        guard let file = worksheet.handle.pointee.optimize_tmpfile else {
            throw XLSXError(message: "werkblad is niet in de modus voor weinig geheugen", context: worksheet.name)
        }
        let written = buffer.withBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == buffer.count else {
            throw XLSXError(message: "tijdelijk bestand kan niet worden geschreven", context: worksheet.name)
        }
        buffer.removeAll()
    }

    // MARK: Cells

    /// The cells of a row begun with `beginRow`.
    mutating func write(_ cells: [TableCell]) {
        for cell in cells { self.cell(cell) }
    }

    /// A cell of any kind; an error is kept for `endRow()`.
    private mutating func cell(_ cell: TableCell) {
        switch cell {
        case .text(let text): self.text(text)
        case .integer(let value): integer(value)
        case .percent(let value): number(value, kind: 1)
        case .decimal(let value): number(value, kind: 2)
        case .sheetLink:
            fail(XLSXError(message: "een koppeling kan niet rechtstreeks worden geschreven", context: worksheet.name))
            column += 1
        case .empty: empty()
        }
    }

    /// Whether a cell goes in at the current column: it must lie on the sheet. Opens the row at its first cell.
    private mutating func startCell() -> Bool {
        guard column < XLSXLimits.maximumColumns else {
            fail(XLSXError(message: "cel buiten het werkblad (rij \(currentRow + 1))", context: worksheet.name))
            return false
        }
        if !rowOpened {
            buffer.append("<row r=\"")
            buffer.append(rowName)
            buffer.append("\">")
            rowOpened = true
        }
        lowestColumn = min(lowestColumn, column)
        highestColumn = max(highestColumn, column)
        return true
    }

    /// Keeps the first error of a row.
    private mutating func fail(_ error: Error) {
        if failure == nil { failure = error }
    }

    /// The formats of numbers by kind (integer, percent, decimal), and their numbers once looked up: hashing a
    /// format per numeric cell showed in the profile.
    private static let numberFormats: [XLSXFormatSpec] = [.integer, .percent, .decimal]
    private var numberStyles: [Int32] = [-1, -1, -1]

    private mutating func number(_ value: Double, kind: Int) {
        defer { column += 1 }
        guard value.isFinite else {
            return fail(XLSXError(message: "geen eindig getal (\(value))", context: worksheet.name))
        }
        if numberStyles[kind] < 0 {
            do { numberStyles[kind] = try style(Self.numberFormats[kind]) } catch { return fail(error) }
        }
        guard startCell() else { return }
        openCell(column, style: numberStyles[kind])
        buffer.append("><v>")
        if value.rounded() == value, abs(value) < 9_007_199_254_740_992 {
            buffer.appendDecimal(Int(value))
        } else {
            buffer.append(contentsOf: String(format: "%.16G", value))
        }
        buffer.append("</v></c>")
    }

    /// `<c r="B7"` and the style, if any; the caller closes the tag.
    private mutating func openCell(_ column: Int, style: Int32?) {
        while cellStartEnds.count <= column {
            cellStarts.append("<c r=\"")
            cellStarts.append(contentsOf: XLSXRange.columnName(cellStartEnds.count))
            cellStartEnds.append(cellStarts.count)
        }
        let start = column == 0 ? 0 : cellStartEnds[column - 1]
        let end = cellStartEnds[column]
        cellStarts.withBytes { buffer.append($0[start..<end]) }
        buffer.append(rowName)
        buffer.append(UInt8(ascii: "\""))
        if let style, style != 0 {
            buffer.append(" s=\"")
            buffer.appendDecimal(Int(style))
            buffer.append(UInt8(ascii: "\""))
        }
    }

    /// The text of an inline string cell, as `XLSXWorksheet.write` hands it to libxlsxwriter and as the library
    /// then escapes it, in one pass: control characters other than tab and line breaks become spaces
    /// (`XLSXLimits.withoutControlCharacters`), a carriage return `_x000D_`, then `&`, `<` and `>`; leading or
    /// trailing white space (C's `isspace`) is preserved.
    private mutating func appendInlineString(_ bytes: UnsafeBufferPointer<UInt8>) {
        let preserve = Self.becomesSpace(bytes.first) || Self.becomesSpace(bytes.last)
        buffer.append(preserve ? Self.preservedStringStart : Self.stringStart)
        var runStart = 0
        let escapedBytes = Self.escapedBytes
        func escape(at offset: Int) {
            let byte = bytes[offset]
            guard byte < 64, (escapedBytes &>> UInt64(byte)) & 1 != 0 else { return }
            let escaped: StaticString
            switch byte {
            case UInt8(ascii: "&"): escaped = "&amp;"
            case UInt8(ascii: "<"): escaped = "&lt;"
            case UInt8(ascii: ">"): escaped = "&gt;"
            case 0x0D: escaped = "_x000D_"
            default: escaped = " "
            }
            buffer.append(bytes[runStart..<offset])
            buffer.append(escaped)
            runStart = offset + 1
        }
        var offset = 0
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            // Eight bytes at a time: most words of a text hold no byte that needs a look.
            while offset + 8 <= bytes.count {
                if Self.mayNeedEscape(base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) {
                    for position in offset..<(offset + 8) { escape(at: position) }
                }
                offset += 8
            }
        }
        while offset < bytes.count {
            escape(at: offset)
            offset += 1
        }
        buffer.append(bytes[runStart...])
        buffer.append(Self.stringEnd)
    }

    /// Whether a word of eight bytes may hold a control character, `&`, `<` or `>` (never false when it does):
    /// the classic tests for a byte below a bound and for a zero byte, on all eight at once.
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        word.mayContainByte(below: 0x20) || word.containsByte(UInt8(ascii: "&")) || word.containsByte(UInt8(ascii: "<"))
            || word.containsByte(UInt8(ascii: ">"))
    }

    /// The bytes below 64 that are not written as they are, as bits: `&`, `<`, `>`, carriage return and the
    /// control characters other than tab and line feed. One test per byte instead of a switch on every space,
    /// digit and punctuation mark.
    private static let escapedBytes: UInt64 = {
        var bits: UInt64 = 0
        for byte in UInt8(0)..<64 where byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == 0x0D || XLSXLimits.isReplacedControl(byte) {
            bits |= 1 << UInt64(byte)
        }
        return bits
    }()

    /// A byte that is white space once written: space, tab, line feed, or a control character other than a
    /// carriage return (which becomes a space). A carriage return is written as `_x000D_`.
    private static func becomesSpace(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte == 0x20 || byte == 0x09 || byte == 0x0A || XLSXLimits.isReplacedControl(byte)
    }

    private mutating func style(_ format: XLSXFormatSpec) throws -> Int32 {
        if let index = styles[format] { return index }
        guard zip == nil else {
            // The styles are already written when the zip takes the rows.
            throw XLSXError(message: "opmaak \(format) is niet vooraf vastgelegd", context: worksheet.name)
        }
        let index = try worksheet.workbook.styleNumber(format)
        styles[format] = index
        return index
    }

    private static let stringStart: StaticString = " t=\"inlineStr\"><is><t>"
    private static let preservedStringStart: StaticString = " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
    private static let stringEnd: StaticString = "</t></is></c>"
}
