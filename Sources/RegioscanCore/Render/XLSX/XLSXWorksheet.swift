import CXlsxWriter

/// A worksheet of an `XLSXWorkbook`. Input text is only ever written as a string: a name such as
/// `=HYPERLINK(…)` stays text. Links point inside the workbook only.
struct XLSXWorksheet {
    let handle: UnsafeMutablePointer<lxw_worksheet>
    let name: String
    /// The sheet's place among the workbook's worksheets, from 1: its part is `xl/worksheets/sheet<number>.xml`.
    let number: Int
    unowned let workbook: XLSXWorkbook

    private func checkCell(_ row: Int, _ column: Int) throws {
        guard (0..<XLSXLimits.maximumRows).contains(row), (0..<XLSXLimits.maximumColumns).contains(column) else {
            throw XLSXError(message: "cel buiten het werkblad (rij \(row + 1), kolom \(column + 1))", context: name)
        }
    }

    /// The library's handle for a cell format; none for the plain format. A format with no properties equals the
    /// workbook's default, and libxlsxwriter then never caches its index: it hashed the whole format struct again
    /// for every plain cell (a fifth of all instructions of a run). Without a format the cell gets the same
    /// default style (no column has a format of its own), so the file is the same.
    private func formatHandle(_ format: XLSXFormatSpec) throws -> UnsafeMutablePointer<lxw_format>? {
        format == .plain ? nil : try workbook.format(format).handle
    }

    /// Writes text; returns true when it had to be cut at Excel's limit.
    @discardableResult
    func write(_ text: String, row: Int, column: Int, format: XLSXFormatSpec = .plain) throws -> Bool {
        try checkCell(row, column)
        let cut = XLSXLimits.truncated(text)
        let value = XLSXLimits.withoutControlCharacters(cut ?? text)
        guard !value.isEmpty else { return false }
        let format = try formatHandle(format)
        // withCString hands over a native string's own bytes; passing the String itself copied it into an array.
        let result = value.withCString { worksheet_write_string(handle, lxw_row_t(row), lxw_col_t(column), $0, format) }
        try XLSXError.check(result, "\(name) rij \(row + 1)")
        return cut != nil
    }

    /// Writes a number; a value that is not finite is refused, since Excel would have to repair the file.
    func write(_ number: Double, row: Int, column: Int, format: XLSXFormatSpec = .integer) throws {
        try checkCell(row, column)
        guard number.isFinite else {
            throw XLSXError(message: "geen eindig getal (\(number))", context: "\(name) rij \(row + 1)")
        }
        try XLSXError.check(worksheet_write_number(handle, lxw_row_t(row), lxw_col_t(column), number, try formatHandle(format)),
                            "\(name) rij \(row + 1)")
    }

    /// A link to cell A1 of another sheet of this workbook.
    func writeLink(toSheet sheet: String, text: String, row: Int, column: Int) throws {
        try checkCell(row, column)
        let target = "internal:'" + sheet.replacingOccurrences(of: "'", with: "''") + "'!A1"
        let format = try workbook.format(.link)
        try XLSXError.check(worksheet_write_url_opt(handle, lxw_row_t(row), lxw_col_t(column), target,
                                                    format.handle, XLSXLimits.truncated(text) ?? text, nil),
                            "\(name) link")
    }

    func setColumn(_ column: Int, width: Double, format: XLSXFormatSpec? = nil) throws {
        try checkCell(0, column)
        let handle = try format.map { try workbook.format($0).handle }
        try XLSXError.check(worksheet_set_column(self.handle, lxw_col_t(column), lxw_col_t(column), width, handle),
                            "\(name) kolombreedte")
    }

    func freezePanes(row: Int, column: Int) {
        worksheet_freeze_panes(handle, lxw_row_t(row), lxw_col_t(column))
    }

    /// An Excel table with autofilter and banded rows over a header row and data rows.
    func addTable(name tableName: String, headers: [String], firstRow: Int, lastRow: Int, firstColumn: Int = 0) throws {
        let lastColumn = firstColumn + headers.count - 1
        try checkCell(lastRow, lastColumn)
        let columns = workbook.buffer(UnsafeMutablePointer<lxw_table_column>?.self, count: headers.count + 1)
        for (index, header) in headers.enumerated() {
            let column = workbook.buffer(lxw_table_column.self, count: 1)
            column.initialize(to: lxw_table_column())
            column.pointee.header = workbook.cString(header)
            columns[index] = column
        }
        columns[headers.count] = nil
        var options = lxw_table_options()
        options.name = workbook.cString(tableName)
        options.style_type = UInt8(LXW_TABLE_STYLE_TYPE_MEDIUM.rawValue)
        options.style_type_number = 2
        options.columns = columns
        try XLSXError.check(worksheet_add_table(handle, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
                                                lxw_col_t(lastColumn), &options), "\(name) tabel")
    }

    /// An autofilter instead of a table (constant-memory workbooks cannot hold tables).
    func autofilter(firstRow: Int, lastRow: Int, columns: Int) throws {
        try checkCell(lastRow, columns - 1)
        try XLSXError.check(worksheet_autofilter(handle, lxw_row_t(firstRow), 0, lxw_row_t(lastRow), lxw_col_t(columns - 1)),
                            "\(name) filter")
    }

    func insert(_ chart: XLSXChart, row: Int, column: Int, width: Double, height: Double) throws {
        try checkCell(row, column)
        var options = lxw_chart_options()
        // libxlsxwriter's default chart is 480 × 288 pixels.
        options.x_scale = width / 480
        options.y_scale = height / 288
        try XLSXError.check(worksheet_insert_chart_opt(handle, lxw_row_t(row), lxw_col_t(column), chart.handle, &options),
                            "\(name) grafiek")
    }

    /// A4, fitted to the page width, for printing.
    func preparePrinting(landscape: Bool) {
        worksheet_set_paper(handle, 9)
        if landscape { worksheet_set_landscape(handle) }
        worksheet_fit_to_pages(handle, 1, 0)
    }
}
