/// The reach × effort quadrant of figure 05: archetypes placed by their modelled classes, four quadrants,
/// labels stacked inside each cell so that they never collide.
struct QuadrantChartRenderer {
    struct Point {
        var label: String
        /// Class positions, 1 = lowest.
        var effort: Int
        var reach: Int
    }

    static let width = 760.0

    var points: [Point]
    var classNames: [String]
    var xAxis: String
    var yAxis: String
    /// Top-left, top-right, bottom-left, bottom-right.
    var quadrantNames: [String]

    func draw() -> SVGCanvas {
        var canvas = SVGCanvas(width: Self.width)
        let classes = max(classNames.count, 1)
        let left = 90.0, top = 40.0
        let plotWidth = Self.width - left - 24, plotHeight = 480.0
        let cellWidth = plotWidth / Double(classes), cellHeight = plotHeight / Double(classes)
        canvas.rect(x: left, y: top, width: plotWidth, height: plotHeight, fill: "#fafafa", stroke: ChartPalette.grid)
        for index in 1..<classes {
            canvas.line(x1: left + Double(index) * cellWidth, y1: top, x2: left + Double(index) * cellWidth,
                        y2: top + plotHeight, stroke: ChartPalette.grid, dash: "3 3")
            canvas.line(x1: left, y1: top + Double(index) * cellHeight, x2: left + plotWidth,
                        y2: top + Double(index) * cellHeight, stroke: ChartPalette.grid, dash: "3 3")
        }
        canvas.line(x1: left + plotWidth / 2, y1: top, x2: left + plotWidth / 2, y2: top + plotHeight,
                    stroke: ChartPalette.muted, width: 1.5)
        canvas.line(x1: left, y1: top + plotHeight / 2, x2: left + plotWidth, y2: top + plotHeight / 2,
                    stroke: ChartPalette.muted, width: 1.5)
        let corners: [(Double, Double, SVGCanvas.Anchor)] = [
            (left + 8, top + 18, .start), (left + plotWidth - 8, top + 18, .end),
            (left + 8, top + plotHeight - 10, .start), (left + plotWidth - 8, top + plotHeight - 10, .end),
        ]
        for (name, corner) in zip(quadrantNames, corners) {
            canvas.text(name, x: corner.0, y: corner.1, size: 11, anchor: corner.2, fill: ChartPalette.muted, italic: true)
        }
        for (index, name) in classNames.enumerated() {
            canvas.text(name, x: left + (Double(index) + 0.5) * cellWidth, y: top + plotHeight + 18, size: 12, anchor: .middle)
            canvas.text(name, x: left - 10, y: top + plotHeight - (Double(index) + 0.5) * cellHeight + 4, size: 12, anchor: .end)
        }
        canvas.text(xAxis, x: left + plotWidth / 2, y: top + plotHeight + 40, size: 13, anchor: .middle, bold: true)
        canvas.text(yAxis, x: 24, y: top + plotHeight / 2, size: 13, anchor: .middle, bold: true, vertical: true)
        let cells = Dictionary(grouping: points.enumerated(), by: { "\($0.element.effort)-\($0.element.reach)" })
        for (_, members) in cells.sorted(by: { $0.key < $1.key }) {
            let sorted = members.sorted { $0.offset < $1.offset }
            let first = sorted[0].element
            let centreX = left + (Double(first.effort) - 0.5) * cellWidth
            let centreY = top + plotHeight - (Double(first.reach) - 0.5) * cellHeight
            let spacing = 20.0
            let startY = centreY - Double(sorted.count - 1) * spacing / 2
            for (row, member) in sorted.enumerated() {
                let y = startY + Double(row) * spacing
                let colour = ChartPalette.categorical(member.offset)
                canvas.circle(x: centreX - cellWidth / 2 + 18, y: y, radius: 6, fill: colour, tooltip: member.element.label)
                let label = TextMetrics.truncate(member.element.label, size: 12, maximum: cellWidth - 36)
                canvas.text(label, x: centreX - cellWidth / 2 + 30, y: y + 4, size: 12)
            }
        }
        canvas.grow(to: top + plotHeight + 56)
        return canvas
    }
}
