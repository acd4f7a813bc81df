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
struct XLSXRowStream {
    private let worksheet: XLSXWorksheet
    /// The zip being written, when the rows go there instead of into the library's row file.
    private let zip: UnsafeMutableRawPointer?
    private var buffer: [UInt8] = []
    private var styles: [XLSXFormatSpec: Int32]
    /// `<c r="B` per column: the start of every cell of that column.
    private var cellStarts: [[UInt8]] = []
    /// The current row's number as digits, reused from row to row.
    private var rowName: [UInt8] = []
    private var rows: ClosedRange<Int>?
    private var columns: ClosedRange<Int>?
    /// Written to the file above this size.
    private static let bufferSize = 1 << 20

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
        buffer.reserveCapacity(Self.bufferSize + 64 * 1024)
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
        buffer.reserveCapacity(Self.bufferSize + 64 * 1024)
    }

    /// One row (0-based), after any row written before; returns the columns whose text was cut at Excel's limit.
    mutating func write(row: Int, cells: [TableCell]) throws -> [Int] {
        guard (0..<XLSXLimits.maximumRows).contains(row), cells.count <= XLSXLimits.maximumColumns else {
            throw XLSXError(message: "cel buiten het werkblad (rij \(row + 1))", context: worksheet.name)
        }
        var cut: [Int] = []
        rowName.removeAll(keepingCapacity: true)
        rowName.appendDecimal(row + 1)
        let rowName = self.rowName
        var opened = false
        for (column, cell) in cells.enumerated() {
            if case .empty = cell { continue }
            if case .text(let text) = cell, text.isEmpty { continue }
            if !opened {
                append("<row r=\"")
                buffer += rowName
                append("\">")
                opened = true
            }
            if try write(cell, column: column, rowName: rowName) { cut.append(column) }
            columns = columns.map { min($0.lowerBound, column)...max($0.upperBound, column) } ?? column...column
        }
        if opened {
            append("</row>")
            rows = rows.map { min($0.lowerBound, row)...max($0.upperBound, row) } ?? row...row
        }
        if buffer.count >= Self.bufferSize { try flush() }
        return cut
    }

    /// Hands the rows to the library's file and tells the library how far the sheet now reaches.
    mutating func end() throws {
        try flush()
        guard let rows, let columns else { return }
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
            let result = buffer.withUnsafeBytes { regioscan_zip_write(zip, $0.baseAddress, UInt32($0.count)) }
            guard result == 0 else {
                throw XLSXError(message: "werkblad kan niet in het werkboek worden geschreven (\(result))", context: worksheet.name)
            }
            buffer.removeAll(keepingCapacity: true)
            return
        }
        guard let file = worksheet.handle.pointee.optimize_tmpfile else {
            throw XLSXError(message: "werkblad is niet in de modus voor weinig geheugen", context: worksheet.name)
        }
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == buffer.count else {
            throw XLSXError(message: "tijdelijk bestand kan niet worden geschreven", context: worksheet.name)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    // MARK: Cells

    private mutating func write(_ cell: TableCell, column: Int, rowName: [UInt8]) throws -> Bool {
        switch cell {
        case .text(let text):
            let cut = XLSXLimits.truncated(text)
            openCell(column, rowName, style: nil)
            appendInlineString(cut ?? text)
            return cut != nil
        case .integer(let value):
            try number(Double(value), column: column, rowName: rowName, format: .integer)
        case .percent(let value):
            try number(value, column: column, rowName: rowName, format: .percent)
        case .decimal(let value):
            try number(value, column: column, rowName: rowName, format: .decimal)
        case .sheetLink:
            throw XLSXError(message: "een koppeling kan niet rechtstreeks worden geschreven", context: worksheet.name)
        case .empty:
            break
        }
        return false
    }

    private mutating func number(_ value: Double, column: Int, rowName: [UInt8], format: XLSXFormatSpec) throws {
        guard value.isFinite else {
            throw XLSXError(message: "geen eindig getal (\(value))", context: worksheet.name)
        }
        openCell(column, rowName, style: try style(format))
        append("><v>")
        if value.rounded() == value, abs(value) < 9_007_199_254_740_992 {
            buffer.appendDecimal(Int(value))
        } else {
            append(String(format: "%.16G", value))
        }
        append("</v></c>")
    }

    /// `<c r="B7"` and the style, if any; the caller closes the tag.
    private mutating func openCell(_ column: Int, _ rowName: [UInt8], style: Int32?) {
        while cellStarts.count <= column {
            cellStarts.append(Array(("<c r=\"" + XLSXRange.columnName(cellStarts.count)).utf8))
        }
        buffer += cellStarts[column]
        buffer += rowName
        buffer.append(UInt8(ascii: "\""))
        if let style, style != 0 {
            append(" s=\"")
            buffer.appendDecimal(Int(style))
            append("\"")
        }
    }

    /// The text of an inline string cell, as `XLSXWorksheet.write` hands it to libxlsxwriter and as the library
    /// then escapes it, in one pass: control characters other than tab and line breaks become spaces
    /// (`XLSXLimits.withoutControlCharacters`), a carriage return `_x000D_`, then `&`, `<` and `>`; leading or
    /// trailing white space (C's `isspace`) is preserved.
    private mutating func appendInlineString(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            let preserve = Self.becomesSpace(bytes.first) || Self.becomesSpace(bytes.last)
            buffer += preserve ? Self.preservedStringStart : Self.stringStart
            var runStart = 0
            for (offset, byte) in bytes.enumerated() where byte < 0x3F {
                let escaped: [UInt8]
                switch byte {
                case UInt8(ascii: "&"): escaped = Self.ampersand
                case UInt8(ascii: "<"): escaped = Self.lessThan
                case UInt8(ascii: ">"): escaped = Self.greaterThan
                case 0x0D: escaped = Self.carriageReturn
                case _ where XLSXLimits.isReplacedControl(byte): escaped = Self.space
                default: continue
                }
                buffer.append(contentsOf: bytes[runStart..<offset])
                buffer += escaped
                runStart = offset + 1
            }
            buffer.append(contentsOf: bytes[runStart...])
            buffer += Self.stringEnd
        }
    }

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

    private mutating func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }


    private static let stringStart = Array(" t=\"inlineStr\"><is><t>".utf8)
    private static let preservedStringStart = Array(" t=\"inlineStr\"><is><t xml:space=\"preserve\">".utf8)
    private static let stringEnd = Array("</t></is></c>".utf8)
    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let carriageReturn = Array("_x000D_".utf8)
    private static let space = Array(" ".utf8)
}
