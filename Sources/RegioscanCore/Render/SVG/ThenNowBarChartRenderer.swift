/// Two horizontal bars per row — an earlier value above, the current one below — so that "then and now" reads
/// along one shared axis. The current value carries its difference ("612 (+30)").
struct ThenNowBarChartRenderer {
    struct Row {
        var label: String
        var previous: Double?
        var current: Double?
        var previousText: String
        var currentText: String
    }

    static let width = 760.0
    static let margin = 16.0
    static let labelSize = 12.0
    static let barHeight = 11.0
    /// The earlier year light, the current one dark: apart in colour and in greyscale print.
    static let previousColour = ChartPalette.ordered[0]
    static let currentColour = ChartPalette.ordered[2]

    var rows: [Row]
    var previousLabel: String
    var currentLabel: String
    var axisLabel: String
    /// A line above the chart saying what the values are counted over.
    var base: String?
    var format: (Double) -> String = { DutchNumber.decimal($0, decimals: 0) }

    func draw() -> SVGCanvas {
        var canvas = SVGCanvas(width: Self.width)
        let labelWidth = min(rows.map { TextMetrics.width($0.label, size: Self.labelSize) }.max() ?? 0, Self.width * 0.3)
        let widestValue = rows.flatMap { [$0.previousText, $0.currentText] }
            .map { TextMetrics.width($0, size: 11) }.max() ?? 0
        let plotLeft = Self.margin + labelWidth + 10
        let plotWidth = Self.width - plotLeft - widestValue - Self.margin - 8
        let values = rows.flatMap { [$0.previous, $0.current].compactMap { $0 } }
        let scale = AxisScale(maximum: values.max() ?? 0, length: plotWidth, format: format)

        var y = Self.margin + 12
        if let base {
            canvas.text(base, x: Self.margin, y: y, size: 12, fill: ChartPalette.muted)
            y += 22
        }
        y = LegendDrawer.draw([LegendItem(label: previousLabel, colour: Self.previousColour),
                               LegendItem(label: currentLabel, colour: Self.currentColour)],
                              on: &canvas, x: plotLeft, y: y, maximumWidth: Self.width - plotLeft - Self.margin)
        let top = y
        let rowHeight = 2 * Self.barHeight + 12
        let bottom = top + Double(rows.count) * rowHeight
        for tick in scale.ticks {
            let x = plotLeft + scale.position(tick, length: plotWidth)
            canvas.line(x1: x, y1: top, x2: x, y2: bottom, stroke: ChartPalette.grid)
            canvas.text(format(tick), x: x, y: bottom + 15, size: 11, anchor: .middle, fill: ChartPalette.muted)
        }
        canvas.line(x1: plotLeft, y1: top, x2: plotLeft, y2: bottom, stroke: ChartPalette.muted)
        for (index, row) in rows.enumerated() {
            let rowTop = top + Double(index) * rowHeight + 6
            canvas.text(row.label, x: plotLeft - 8, y: rowTop + Self.barHeight + 4, size: Self.labelSize, anchor: .end)
            let bars = [(row.previous, row.previousText, Self.previousColour, previousLabel),
                        (row.current, row.currentText, Self.currentColour, currentLabel)]
            for (offset, bar) in bars.enumerated() {
                let barY = rowTop + Double(offset) * Self.barHeight
                let length = bar.0.map { scale.position($0, length: plotWidth) } ?? 0
                if bar.0 != nil {
                    canvas.rect(x: plotLeft, y: barY, width: length, height: Self.barHeight - 1, fill: bar.2,
                                tooltip: "\(row.label), \(bar.3): \(bar.1)")
                }
                canvas.text(bar.1, x: plotLeft + length + 5, y: barY + Self.barHeight - 2, size: 11)
            }
        }
        canvas.text(axisLabel, x: plotLeft + plotWidth / 2, y: bottom + 34, size: 12, anchor: .middle, fill: ChartPalette.muted)
        canvas.grow(to: bottom + 46)
        return canvas
    }
}
