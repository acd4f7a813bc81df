/// A `DataTable` as an accessible HTML table: `<caption>`, `<th scope="col">`, `<th scope="row">`.
enum HTMLTable {
    static func render(_ table: DataTable, className: String? = nil, caption: String? = nil) -> String {
        let numeric = table.headers.indices.map { column in table.rows.first.map { $0[column].isNumber } ?? false }
        var html = className.map { "<table class=\"\($0)\">" } ?? "<table>"
        html += "\n<caption>\((caption ?? table.caption).xmlEscaped)</caption>\n<thead><tr>"
        for (index, header) in table.headers.enumerated() {
            html += "<th scope=\"col\"\(numeric[index] ? " class=\"getal\"" : "")>\(header.xmlEscaped)</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                let text = cell.displayText.xmlEscaped
                if index == 0, table.firstColumnIsRowHeader {
                    html += "<th scope=\"row\">\(text)</th>"
                } else {
                    html += cell.isNumber ? "<td class=\"getal\">\(text)</td>" : "<td>\(text)</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>"
    }
}
