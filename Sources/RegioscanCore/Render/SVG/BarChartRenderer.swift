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

        let top = LegendDrawer.draw(legend, on: &canvas, x: plotLeft, y: Self.margin + 12,
                                    maximumWidth: Self.width - plotLeft - Self.margin)
        let frame = BarChartFrame(sections: sections.map { ($0.heading, $0.bars.map(\.label)) }, top: top,
                                  labelWidth: labelWidth, minimumHeight: 22, padding: 8)
        frame.drawGrid(on: &canvas, scale: scale, plotLeft: plotLeft, plotWidth: plotWidth, format: format, margin: Self.margin)
        for row in frame.rows {
            let bar = bars[row.index]
            let barHeight = 14.0
            let barY = row.y + (row.height - barHeight) / 2
            let length = scale.position(bar.value, length: plotWidth)
            canvas.rect(x: plotLeft, y: barY, width: length, height: barHeight, fill: bar.colour,
                        tooltip: "\(bar.label): \(bar.valueText)")
            frame.drawLabel(row, on: &canvas, plotLeft: plotLeft)
            canvas.text(bar.valueText, x: plotLeft + length + 5, y: row.middle + 4, size: Self.labelSize)
        }
        frame.drawAxisLabel(axisLabel, on: &canvas, plotLeft: plotLeft, plotWidth: plotWidth)
        return canvas
    }
}
