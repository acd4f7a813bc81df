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

    /// At most `limit` rows, or `limit` rows per group of consecutive rows with the same first cell. What is left
    /// out becomes one row where the cut was made, with `more(count)` ("… en 12 meer") in the first free column,
    /// so that a table of thousands of labels stays readable. The CSV and the workbooks keep every row.
    func shortened(to limit: Int, perGroup: Bool = false, more: (Int) -> String) -> DataTable {
        guard rows.count > limit else { return self }
        var table = self
        let width = headers.count
        func moreRow(_ hidden: Int, group: TableCell?) -> [TableCell] {
            let lead = group.map { [$0] } ?? []
            return lead + [.text(more(hidden))] + Array(repeating: .empty, count: max(width - lead.count - 1, 0))
        }
        guard perGroup, width > 1 else {
            table.rows = Array(rows.prefix(limit)) + [moreRow(rows.count - limit, group: nil)]
            return table
        }
        table.rows = []
        var start = 0
        while start < rows.count {
            var end = start + 1
            while end < rows.count, rows[end].first == rows[start].first { end += 1 }
            table.rows += rows[start..<min(end, start + limit)]
            if end - start > limit { table.rows.append(moreRow(end - start - limit, group: rows[start].first)) }
            start = end
        }
        return table
    }
}
