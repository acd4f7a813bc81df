/// Horizontal bar pairs on one percentage scale: a province's share (upper bar) beside the national share (lower
/// bar) for every category, with the values at the bar ends and a legend naming both and their bases (n).
struct PairedBarChartRenderer {
    struct Pair {
        var label: String
        var share: Double
        var shareText: String
        var nationalShare: Double
        var nationalText: String
    }

    struct Section {
        var heading: String?
        var pairs: [Pair]
    }

    static let width = 760.0
    static let margin = 16.0
    static let labelSize = 12.0

    var sections: [Section]
    var legend: [LegendItem]
    var axisLabel: String

    func draw() -> SVGCanvas {
        var canvas = SVGCanvas(width: Self.width)
        let pairs = sections.flatMap(\.pairs)
        let widestLabel = pairs.map { TextMetrics.width($0.label, size: Self.labelSize) }.max() ?? 0
        let labelWidth = min(widestLabel, Self.width * 0.36)
        let widestValue = pairs.flatMap { [$0.shareText, $0.nationalText] }.map { TextMetrics.width($0, size: 11) }.max() ?? 0
        let plotLeft = Self.margin + labelWidth + 10
        let plotWidth = Self.width - plotLeft - widestValue - Self.margin - 8
        // The axis counts in percentage points: its nice steps are whole numbers.
        let format: (Double) -> String = { DutchNumber.decimal($0, decimals: 0) + "%" }
        let scale = AxisScale(maximum: (pairs.flatMap { [$0.share, $0.nationalShare] }.max() ?? 0) * 100, length: plotWidth,
                              format: format)
        let top = LegendDrawer.draw(legend, on: &canvas, x: plotLeft, y: Self.margin + 12,
                                    maximumWidth: Self.width - plotLeft - Self.margin)
        let frame = BarChartFrame(sections: sections.map { ($0.heading, $0.pairs.map(\.label)) }, top: top,
                                  labelWidth: labelWidth, minimumHeight: 30, padding: 10)
        frame.drawGrid(on: &canvas, scale: scale, plotLeft: plotLeft, plotWidth: plotWidth, format: format, margin: Self.margin)
        let colours = legend.map(\.colour)
        for row in frame.rows {
            let pair = pairs[row.index]
            let bars = [(pair.share, pair.shareText, row.middle - 11.0), (pair.nationalShare, pair.nationalText, row.middle + 1.0)]
            for (index, bar) in bars.enumerated() {
                let length = scale.position(bar.0 * 100, length: plotWidth)
                canvas.rect(x: plotLeft, y: bar.2, width: length, height: 10, fill: colours[index % max(colours.count, 1)],
                            tooltip: "\(pair.label) – \(legend[index].label): \(bar.1)")
                canvas.text(bar.1, x: plotLeft + length + 5, y: bar.2 + 9, size: 11)
            }
            frame.drawLabel(row, on: &canvas, plotLeft: plotLeft)
        }
        frame.drawAxisLabel(axisLabel, on: &canvas, plotLeft: plotLeft, plotWidth: plotWidth)
        return canvas
    }
}
