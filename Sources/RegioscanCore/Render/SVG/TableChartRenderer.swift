/// A table drawn as SVG (figures 04, 16 and 22), with wrapped cells and right-aligned numbers.
struct TableChartRenderer {
    static let width = 760.0
    static let size = 12.0

    var table: DataTable

    func draw() -> SVGCanvas {
        var canvas = SVGCanvas(width: Self.width)
        let columns = table.headers.count
        let natural = (0..<columns).map { column -> Double in
            let cells = table.rows.map { $0[column].displayText } + [table.headers[column]]
            return (cells.map { TextMetrics.width($0, size: Self.size, bold: false) }.max() ?? 0) + 16
        }
        let widths = fit(natural, into: Self.width - 32)
        var y = 24.0
        var x = 16.0
        let headerLines = table.headers.enumerated().map { TextMetrics.wrap($1, size: Self.size, maximum: widths[$0] - 12) }
        let headerHeight = Double(headerLines.map(\.count).max() ?? 1) * 15 + 10
        canvas.rect(x: 16, y: y, width: Self.width - 32, height: headerHeight, fill: "#eef3f8")
        for (column, lines) in headerLines.enumerated() {
            let numeric = table.rows.first.map { $0[column].isNumber } ?? false
            canvas.lines(lines, x: numeric ? x + widths[column] - 6 : x + 6, y: y + 17, size: Self.size,
                         anchor: numeric ? .end : .start, bold: true, lineHeight: 15)
            x += widths[column]
        }
        y += headerHeight
        for row in table.rows {
            let wrapped = row.enumerated().map { TextMetrics.wrap($1.displayText, size: Self.size, maximum: widths[$0] - 12, lines: 4) }
            let height = Double(wrapped.map(\.count).max() ?? 1) * 15 + 9
            x = 16
            for (column, lines) in wrapped.enumerated() {
                let numeric = row[column].isNumber
                canvas.lines(lines, x: numeric ? x + widths[column] - 6 : x + 6, y: y + 16, size: Self.size,
                             anchor: numeric ? .end : .start, lineHeight: 15)
                x += widths[column]
            }
            y += height
            canvas.line(x1: 16, y1: y, x2: Self.width - 16, y2: y, stroke: ChartPalette.grid)
        }
        canvas.grow(to: y + 12)
        return canvas
    }

    /// Column widths: natural where they fit, otherwise the widest columns give up room first.
    private func fit(_ natural: [Double], into total: Double) -> [Double] {
        var widths = natural
        let minimum = 70.0
        while widths.reduce(0, +) > total {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > minimum else { break }
            widths[widest] -= min(widths[widest] - minimum, widths.reduce(0, +) - total, 10)
        }
        // Room to spare goes to every column alike, so that numbers stay near their headers.
        let slack = total - widths.reduce(0, +)
        if slack > 0 { widths = widths.map { $0 + slack / Double(widths.count) } }
        return widths
    }
}
