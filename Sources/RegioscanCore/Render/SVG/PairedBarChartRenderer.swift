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
        var y = top
        var rows: [(pair: Pair, lines: [String], y: Double, height: Double)] = []
        var headings: [(String, Double)] = []
        for section in sections {
            if let heading = section.heading {
                headings.append((heading, y + 16))
                y += 24
            }
            for pair in section.pairs {
                let lines = TextMetrics.wrap(pair.label, size: Self.labelSize, maximum: labelWidth)
                let height = max(30, Double(lines.count) * 14 + 10)
                rows.append((pair, lines, y, height))
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
        let colours = legend.map(\.colour)
        for row in rows {
            let middle = row.y + row.height / 2
            let bars = [(row.pair.share, row.pair.shareText, middle - 11.0), (row.pair.nationalShare, row.pair.nationalText, middle + 1.0)]
            for (index, bar) in bars.enumerated() {
                let length = scale.position(bar.0 * 100, length: plotWidth)
                canvas.rect(x: plotLeft, y: bar.2, width: length, height: 10, fill: colours[index % max(colours.count, 1)],
                            tooltip: "\(row.pair.label) – \(legend[index].label): \(bar.1)")
                canvas.text(bar.1, x: plotLeft + length + 5, y: bar.2 + 9, size: 11)
            }
            let firstBaseline = middle + 4 - Double(row.lines.count - 1) * 7
            canvas.lines(row.lines, x: plotLeft - 8, y: firstBaseline, size: Self.labelSize, anchor: .end, lineHeight: 14)
        }
        canvas.text(axisLabel, x: plotLeft + plotWidth / 2, y: bottom + 34, size: 12, anchor: .middle, fill: ChartPalette.muted)
        canvas.grow(to: bottom + 46)
        return canvas
    }
}
