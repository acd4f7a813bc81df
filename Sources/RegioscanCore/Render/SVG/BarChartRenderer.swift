/// Horizontal bars with labels on the left, values at the bar ends and a labelled axis. Every label has a row of
/// its own (wrapped to at most two lines), so labels never overlap however long they are.
struct BarChartRenderer {
    static let width = 760.0
    static let labelSize = 12.0
    static let margin = 16.0

    var sections: [ChartSection]
    var axisLabel: String
    var legend: [LegendItem] = []
    var format: (Double) -> String = { DutchNumber.decimal($0, decimals: 0) }

    func draw() -> SVGCanvas {
        var canvas = SVGCanvas(width: Self.width)
        let bars = sections.flatMap(\.bars)
        let widestLabel = bars.map { TextMetrics.width($0.label, size: Self.labelSize) }.max() ?? 0
        let labelWidth = min(widestLabel, Self.width * 0.4)
        let widestValue = bars.map { TextMetrics.width($0.valueText, size: Self.labelSize) }.max() ?? 0
        let plotLeft = Self.margin + labelWidth + 10
        let plotWidth = Self.width - plotLeft - widestValue - Self.margin - 8
        let scale = AxisScale(maximum: bars.map(\.value).max() ?? 0, length: plotWidth, format: format)

        var y = Self.margin + 12
        y = LegendDrawer.draw(legend, on: &canvas, x: plotLeft, y: y, maximumWidth: Self.width - plotLeft - Self.margin)
        let top = y
        var rows: [(bar: ChartBar, lines: [String], y: Double, height: Double)] = []
        var headings: [(String, Double)] = []
        for section in sections {
            if let heading = section.heading {
                headings.append((heading, y + 16))
                y += 24
            }
            for bar in section.bars {
                let lines = TextMetrics.wrap(bar.label, size: Self.labelSize, maximum: labelWidth)
                let height = max(22, Double(lines.count) * 14 + 8)
                rows.append((bar, lines, y, height))
                y += height
            }
        }
        let bottom = y
        for tick in scale.ticks {
            let x = plotLeft + scale.position(tick, length: plotWidth)
            canvas.line(x1: x, y1: top, x2: x, y2: bottom, stroke: ChartPalette.grid)
            canvas.text(format(tick), x: x, y: bottom + 15, size: 11, anchor: .middle, fill: ChartPalette.muted)
        }
        canvas.line(x1: plotLeft, y1: top, x2: plotLeft, y2: bottom, stroke: ChartPalette.muted)
        for (heading, baseline) in headings {
            canvas.text(heading, x: Self.margin, y: baseline, size: 13, bold: true)
        }
        for row in rows {
            let barHeight = 14.0
            let barY = row.y + (row.height - barHeight) / 2
            let length = scale.position(row.bar.value, length: plotWidth)
            canvas.rect(x: plotLeft, y: barY, width: length, height: barHeight, fill: row.bar.colour,
                        tooltip: "\(row.bar.label): \(row.bar.valueText)")
            let firstBaseline = row.y + row.height / 2 + 4 - Double(row.lines.count - 1) * 7
            canvas.lines(row.lines, x: plotLeft - 8, y: firstBaseline, size: Self.labelSize, anchor: .end, lineHeight: 14)
            canvas.text(row.bar.valueText, x: plotLeft + length + 5, y: row.y + row.height / 2 + 4, size: Self.labelSize)
        }
        canvas.text(axisLabel, x: plotLeft + plotWidth / 2, y: bottom + 34, size: 12, anchor: .middle, fill: ChartPalette.muted)
        canvas.grow(to: bottom + 46)
        return canvas
    }
}
