/// A figure's numbers as a table, ready to format: Markdown, HTML, SVG and Excel all print the same table.
public struct DataTable: Sendable, Hashable {
    public var caption: String
    public var headers: [String]
    public var rows: [[TableCell]]
    /// The first column names the row (a `<th scope="row">` in HTML).
    public var firstColumnIsRowHeader = true

    public init(caption: String, headers: [String], rows: [[TableCell]]) {
        self.caption = caption
        self.headers = headers
        self.rows = rows
    }
}
