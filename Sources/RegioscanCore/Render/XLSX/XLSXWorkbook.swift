import CXlsxWriter
import CZipLevel
import Foundation

/// A workbook being written with libxlsxwriter. Strings and structs handed to C stay alive until `close()`,
/// which writes the file; every error is thrown as `XLSXError`. The library writes to a hidden name beside the
/// file, which only a successful `close()` renames: a workbook abandoned on an error path leaves nothing behind.
final class XLSXWorkbook {
    struct Properties {
        var title: String
        var subject: String
        var author: String
        var company: String
        /// Creation time in seconds since 1970; fixed so that the same input gives the same bytes.
        var created: Int
    }

    private let handle: UnsafeMutablePointer<lxw_workbook>
    private var formats: [XLSXFormatSpec: XLSXFormat] = [:]
    private var releases: [() -> Void] = []
    private var closed = false
    private var worksheetCount = 0
    /// Rows written into the zip when the workbook closes.
    private var deferred: [XLSXDeferredRows] = []
    let path: String
    /// Where libxlsxwriter writes until the workbook is complete.
    let partialPath: String

    init(path: String, properties: Properties, constantMemory: Bool) throws {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        partialPath = (folder as NSString).appendingPathComponent("." + (path as NSString).lastPathComponent + ".deel")
        // Field by field: a newer libxlsxwriter may add fields, which keep their zero default.
        var options = lxw_workbook_options()
        options.constant_memory = constantMemory ? 1 : 0
        options.tmpdir = nil
        options.use_zip64 = 1
        guard let handle = workbook_new_opt(partialPath, &options) else {
            throw XLSXError(message: "werkboek kan niet worden aangemaakt", context: path)
        }
        self.handle = handle
        var document = lxw_doc_properties()
        document.title = cString(properties.title)
        document.subject = cString(properties.subject)
        document.author = cString(properties.author)
        document.company = cString(properties.company)
        document.created = time_t(properties.created)
        try XLSXError.check(workbook_set_properties(handle, &document), "eigenschappen van \(path)")
    }

    deinit {
        // workbook_close is the only way to free the library's memory; it writes the unfinished workbook, which goes.
        if !closed {
            _ = workbook_close(handle)
            unlink(partialPath)
        }
        releases.forEach { $0() }
    }

    func addWorksheet(_ name: String) throws -> XLSXWorksheet {
        guard let sheet = workbook_add_worksheet(handle, name) else {
            throw XLSXError(message: "werkblad \"\(name)\" kan niet worden toegevoegd", context: path)
        }
        worksheetCount += 1
        return XLSXWorksheet(handle: sheet, name: name, number: worksheetCount, workbook: self)
    }

    func format(_ spec: XLSXFormatSpec) throws -> XLSXFormat {
        if let existing = formats[spec] { return existing }
        guard let added = workbook_add_format(handle) else {
            throw XLSXError(message: "opmaak kan niet worden aangemaakt", context: path)
        }
        let format = XLSXFormat(added, spec: spec)
        formats[spec] = format
        return format
    }

    /// The number the library writes for a format in a cell's `s` attribute. It numbers formats in the order
    /// they are first asked for, so asking when its first cell is written keeps the library's own numbering.
    func styleNumber(_ spec: XLSXFormatSpec) throws -> Int32 {
        lxw_format_get_xf_index(try format(spec).handle)
    }

    /// The formats made so far (the plain format is never made: see `XLSXWorksheet`).
    var formatCount: Int { formats.count }

    func addChart(_ kind: XLSXChart.Kind) throws -> XLSXChart {
        guard let chart = workbook_add_chart(handle, kind.rawValue) else {
            throw XLSXError(message: "grafiek kan niet worden toegevoegd", context: path)
        }
        return XLSXChart(handle: chart, kind: kind, workbook: self)
    }

    /// A table's rows, written into the sheet's zip entry when the workbook closes (constant-memory workbooks).
    func deferRows(_ rows: XLSXDeferredRows) {
        deferred.append(rows)
    }

    /// The cells cut at Excel's limit in the deferred rows; known once the workbook is closed.
    var deferredTruncations: [String] { deferred.flatMap(\.truncated) }

    func close() throws {
        guard !closed else { return }
        closed = true
        for rows in deferred {
            guard regioscan_splice_rows(rows.entry, XLSXDeferredRows.writer, Unmanaged.passUnretained(rows).toOpaque()) == 0 else {
                regioscan_splice_clear()
                unlink(partialPath)
                throw XLSXError(message: "te veel werkbladen met rechtstreeks geschreven rijen", context: path)
            }
        }
        let result = withExtendedLifetime(deferred) { workbook_close(handle) }
        regioscan_splice_clear()
        if let failure = deferred.lazy.compactMap(\.failure).first {
            unlink(partialPath)
            throw failure
        }
        guard result == LXW_NO_ERROR else {
            unlink(partialPath)
            throw XLSXError(result, path)
        }
        if let missing = deferred.first(where: { !$0.written }) {
            unlink(partialPath)
            throw XLSXError(message: "de rijen van het werkblad zijn niet geschreven", context: "\(path) \(missing.worksheet.name)")
        }
        guard rename(partialPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(partialPath)
            throw XLSXError(message: "werkboek kan niet worden opgeslagen (\(reason))", context: path)
        }
    }

    // MARK: Memory handed to C

    /// A C copy of a string that lives until the workbook is gone.
    func cString(_ text: String) -> UnsafeMutablePointer<CChar> {
        let copy = strdup(text)!
        releases.append { free(copy) }
        return copy
    }

    /// A buffer of `count` values that lives until the workbook is gone.
    func buffer<T>(_ type: T.Type, count: Int) -> UnsafeMutablePointer<T> {
        let pointer = UnsafeMutablePointer<T>.allocate(capacity: count)
        releases.append { pointer.deallocate() }
        return pointer
    }
}
