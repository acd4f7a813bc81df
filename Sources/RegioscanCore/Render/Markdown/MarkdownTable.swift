/// A `DataTable` as a GitHub-flavoured Markdown table; numbers right-aligned, cells escaped.
enum MarkdownTable {
    static func render(_ table: DataTable) -> String {
        let numeric = table.headers.indices.map { column in table.rows.first.map { $0[column].isNumber } ?? false }
        var lines = ["| " + table.headers.map(\.markdownEscaped).joined(separator: " | ") + " |"]
        lines.append("|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined())
        for row in table.rows {
            lines.append("| " + row.map { $0.displayText.markdownEscaped }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}
