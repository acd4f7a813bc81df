import CXlsxWriter
import CZipLevel
import Foundation

/// A table's rows that a workbook writes while it is closed, straight into the sheet's zip entry (see
/// `CZipLevel.h`), as inline strings. Streaming, libxlsxwriter would copy each row through two temporary files
/// first, 1.5 GB each for the national activities at 10⁶; otherwise it would hold a cell object and a shared
/// string lookup per cell until it closed. The rows must be the last cells of their sheet; the sheet's extent is
/// set now, as the library writes it before the rows.
final class XLSXDeferredRows {
    let worksheet: XLSXWorksheet
    let firstRow: Int
    let count: Int
    private let writeRow: (Int, inout XLSXRowStream) -> Void
    private let styles: [XLSXFormatSpec: Int32]
    /// Cells cut at Excel's limit (`Blad!C12`), once written.
    private(set) var truncated: [String] = []
    private(set) var written = false
    private(set) var failure: Error?

    /// Formats the rows may use: their numbers are fixed before the workbook writes its styles.
    static let formats: [XLSXFormatSpec] = [.integer, .percent, .decimal]

    init(worksheet: XLSXWorksheet, firstRow: Int, count: Int, columns: Int,
         writeRow: @escaping (Int, inout XLSXRowStream) -> Void) throws {
        let lastRow = firstRow + count - 1
        guard count > 0, columns > 0, firstRow >= 0, lastRow < XLSXLimits.maximumRows, columns <= XLSXLimits.maximumColumns else {
            throw XLSXError(message: "rijen buiten het werkblad (\(firstRow + 1)–\(lastRow + 1))", context: worksheet.name)
        }
        self.worksheet = worksheet
        self.firstRow = firstRow
        self.count = count
        self.writeRow = writeRow
        let sheet = worksheet.handle
        // Streaming, the row the library still holds (the header) goes out before these rows, and numbers its
        // formats first. Otherwise the library keeps its cells until it closes, and writes them before these.
        if sheet.pointee.optimize != 0 { lxw_worksheet_write_single_row(sheet) }
        styles = try XLSXRowStream.styles(Self.formats, in: worksheet.workbook)
        sheet.pointee.dim_rowmin = min(sheet.pointee.dim_rowmin, lxw_row_t(firstRow))
        sheet.pointee.dim_rowmax = max(sheet.pointee.dim_rowmax, lxw_row_t(lastRow))
        sheet.pointee.dim_colmin = min(sheet.pointee.dim_colmin, 0)
        sheet.pointee.dim_colmax = max(sheet.pointee.dim_colmax, lxw_col_t(columns - 1))
        sheet.pointee.optimize_row.pointee.row_num = max(sheet.pointee.optimize_row.pointee.row_num, lxw_row_t(lastRow))
    }

    /// The sheet's entry in the zip.
    var entry: String { "xl/worksheets/sheet\(worksheet.number).xml" }

    /// Called from the zip writer; returns 0, or a non-zero code after keeping the error.
    func write(zip: UnsafeMutableRawPointer) -> Int32 {
        written = true
        do {
            var stream = XLSXRowStream(worksheet: worksheet, zip: zip, styles: styles)
            for index in 0..<count {
                let rowNumber = firstRow + index
                try stream.beginRow(rowNumber)
                writeRow(index, &stream)
                for column in try stream.endRow() {
                    truncated.append(XLSXRange.place(sheet: worksheet.name, row: rowNumber, column: column))
                }
            }
            try stream.flush()
            return 0
        } catch {
            failure = error
            return -1
        }
    }

    /// Whether rows reach the zip with this build of libxlsxwriter: it must call minizip through the dynamic
    /// linker, so that the program's functions stand in. Tried once per run on a small workbook; where it fails,
    /// the rows go through the library as before (slower, the same cells).
    static let isAvailable: Bool = {
        let folder = NSTemporaryDirectory() + "regioscan-zip-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let properties = XLSXWorkbook.Properties(title: "", subject: "", author: "", company: "", created: 0)
            let workbook = try XLSXWorkbook(path: folder + "/proef.xlsx", properties: properties, constantMemory: true)
            let sheet = try workbook.addWorksheet("Proef")
            try sheet.write("kop", row: 0, column: 0)
            workbook.deferRows(try XLSXDeferredRows(worksheet: sheet, firstRow: 1, count: 1, columns: 1) { $1.text("rij") })
            try workbook.close()
            return true
        } catch {
            return false
        }
    }()

    /// The C function the zip writer calls, with the rows as its context.
    static let writer: regioscan_rows_writer = { context, zip in
        guard let context, let zip else { return -1 }
        return Unmanaged<XLSXDeferredRows>.fromOpaque(context).takeUnretainedValue().write(zip: zip)
    }
}
