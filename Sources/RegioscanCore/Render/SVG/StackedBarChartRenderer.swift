/// 100%-stacked horizontal bars, one per province, with a legend above and percentages inside wide segments.
struct StackedBarChartRenderer {
    struct Row {
        var label: String
        var shares: [Double]
    }

    static let width = 760.0
    static let margin = 16.0

    var rows: [Row]
    var categories: [String]
    var colours: [String]
    var axisLabel: String

    func draw() -> SVGCanvas {
        var canvas = SVGCanvas(width: Self.width)
        let labelWidth = (rows.map { TextMetrics.width($0.label, size: 12) }.max() ?? 0)
        let plotLeft = Self.margin + labelWidth + 10
        let plotWidth = Self.width - plotLeft - Self.margin - 8
        let legend = zip(categories, colours).map { LegendItem(label: $0, colour: $1) }
        let top = LegendDrawer.draw(legend, on: &canvas, x: Self.margin, y: Self.margin + 12,
                                    maximumWidth: Self.width - 2 * Self.margin) + 4
        let rowHeight = 26.0
        let bottom = top + Double(rows.count) * rowHeight
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            let x = plotLeft + tick * plotWidth
            canvas.line(x1: x, y1: top, x2: x, y2: bottom, stroke: ChartPalette.grid)
            canvas.text(DutchNumber.percent(tick), x: x, y: bottom + 15, size: 11, anchor: .middle, fill: ChartPalette.muted)
        }
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            canvas.text(row.label, x: plotLeft - 8, y: y + rowHeight / 2 + 4, size: 12, anchor: .end)
            var x = plotLeft
            for (offset, share) in row.shares.enumerated() where share > 0 {
                let width = share * plotWidth
                let colour = colours[offset % colours.count]
                // A white edge between segments keeps neighbours apart in greyscale print.
                canvas.rect(x: x, y: y + 4, width: width, height: rowHeight - 8, fill: colour,
                            tooltip: "\(row.label) – \(categories[offset]): \(DutchNumber.percent(share))", stroke: "#ffffff")
                let text = DutchNumber.percent(share)
                if width > TextMetrics.width(text, size: 10) + 6 {
                    canvas.text(text, x: x + width / 2, y: y + rowHeight / 2 + 3.5, size: 10, anchor: .middle,
                                fill: ChartPalette.textOn(colour))
                }
                x += width
            }
        }
        canvas.text(axisLabel, x: plotLeft + plotWidth / 2, y: bottom + 34, size: 12, anchor: .middle, fill: ChartPalette.muted)
        canvas.grow(to: bottom + 46)
        return canvas
    }
}
