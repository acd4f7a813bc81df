/// What the horizontal bar charts share (`BarChartRenderer`, `PairedBarChartRenderer`): a row per label, wrapped,
/// under optional section headings; the grid with its ticks, the value axis and the headings; the label of each
/// row right-aligned before the plot; and the axis label under it.
struct BarChartFrame {
    struct Row {
        /// Which label of the sections, counted across them.
        var index: Int
        var lines: [String]
        var y: Double
        var height: Double
        var middle: Double { y + height / 2 }
    }

    static let labelSize = 12.0
    static let lineHeight = 14.0

    var rows: [Row] = []
    var headings: [(text: String, baseline: Double)] = []
    let top: Double
    var bottom: Double

    /// Rows from `top` down: a heading takes 24 points, a row its label lines plus `padding`, at least `minimumHeight`.
    init(sections: [(heading: String?, labels: [String])], top: Double, labelWidth: Double, minimumHeight: Double,
         padding: Double) {
        self.top = top
        var y = top
        for section in sections {
            if let heading = section.heading {
                headings.append((heading, y + 16))
                y += 24
            }
            for label in section.labels {
                let lines = TextMetrics.wrap(label, size: Self.labelSize, maximum: labelWidth)
                let height = max(minimumHeight, Double(lines.count) * Self.lineHeight + padding)
                rows.append(Row(index: rows.count, lines: lines, y: y, height: height))
                y += height
            }
        }
        bottom = y
    }

    /// The grid lines with their tick labels, the value axis and the section headings: drawn before the bars.
    func drawGrid(on canvas: inout SVGCanvas, scale: AxisScale, plotLeft: Double, plotWidth: Double,
                  format: (Double) -> String, margin: Double) {
        for tick in scale.ticks {
            let x = plotLeft + scale.position(tick, length: plotWidth)
            canvas.line(x1: x, y1: top, x2: x, y2: bottom, stroke: ChartPalette.grid)
            canvas.text(format(tick), x: x, y: bottom + 15, size: 11, anchor: .middle, fill: ChartPalette.muted)
        }
        canvas.line(x1: plotLeft, y1: top, x2: plotLeft, y2: bottom, stroke: ChartPalette.muted)
        for (heading, baseline) in headings {
            canvas.text(heading, x: margin, y: baseline, size: 13, bold: true)
        }
    }

    /// A row's label, its lines centred on the row.
    func drawLabel(_ row: Row, on canvas: inout SVGCanvas, plotLeft: Double) {
        let firstBaseline = row.middle + 4 - Double(row.lines.count - 1) * 7
        canvas.lines(row.lines, x: plotLeft - 8, y: firstBaseline, size: Self.labelSize, anchor: .end, lineHeight: Self.lineHeight)
    }

    /// The axis label under the plot; the canvas ends below it.
    func drawAxisLabel(_ label: String, on canvas: inout SVGCanvas, plotLeft: Double, plotWidth: Double) {
        canvas.text(label, x: plotLeft + plotWidth / 2, y: bottom + 34, size: 12, anchor: .middle, fill: ChartPalette.muted)
        canvas.grow(to: bottom + 46)
    }
}
