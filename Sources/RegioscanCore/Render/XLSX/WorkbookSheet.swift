/// A worksheet to write: a title, notes, blocks of rows, and charts on those rows. Built by the workbook
/// content builders, written by `WorkbookWriter`; nothing here knows libxlsxwriter.
struct WorkbookSheet {
    var name: String
    var title: String
    var notice: String?
    var notes: [String] = []
    var blocks: [SheetBlock] = []
    var charts: [ChartSpec] = []
    var landscape = false
}
