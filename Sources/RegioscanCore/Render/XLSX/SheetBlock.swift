/// A table on a worksheet. Rows are produced on demand, so that a million activities need no million-row copy.
struct SheetBlock {
    var heading: String?
    var headers: [String]
    var rowCount: Int
    var row: (Int) -> [TableCell]
    /// The same rows written cell by cell, where a block has them so (`ActivitySheetBuilder`): used where rows
    /// go into the workbook's zip.
    var writeRow: ((Int, inout XLSXRowStream) -> Void)?
    /// Written as an Excel table with this name (autofilter, banded rows), with the header row frozen.
    var tableName: String?
    /// Column widths in characters; computed from the content where nil.
    var widths: [Double]?

    init(heading: String? = nil, headers: [String], rowCount: Int, tableName: String? = nil, widths: [Double]? = nil,
         row: @escaping (Int) -> [TableCell]) {
        self.heading = heading
        // An Excel table needs headers that differ even without regard to case.
        self.headers = tableName == nil ? headers : ExcelTableHeaders.unique(headers)
        self.rowCount = rowCount
        self.row = row
        self.tableName = tableName
        self.widths = widths
    }

    init(heading: String? = nil, table: DataTable) {
        self.init(heading: heading, headers: table.headers, rowCount: table.rows.count) { table.rows[$0] }
    }
}
