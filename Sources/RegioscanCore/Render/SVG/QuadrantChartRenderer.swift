/// The reach × effort quadrant of figure 05: archetypes placed by their modelled classes, four quadrants,
/// labels stacked inside each cell so that they never collide. Works for any number of classes; an archetype
/// without a class on either axis is named under the chart instead of being placed.
struct QuadrantChartRenderer {
    struct Point {
        var label: String
        /// Class positions, 1 = lowest; 0 when the taxonomy gives the archetype no class.
        var effort: Int
        var reach: Int
    }

    static let width = 760.0
    static let minimumPlotHeight = 480.0
    static let lineSpacing = 20.0

    var points: [Point]
    var classNames: [String]
    var xAxis: String
    var yAxis: String
    /// Top-left, top-right, bottom-left, bottom-right.
    var quadrantNames: [String]
    /// Heading of the list of archetypes that have no class ("Zonder ingeschatte klasse").
    var unplacedLabel: String = ""

    private var classes: Int { max(classNames.count, 1) }

    private func isPlaced(_ point: Point) -> Bool {
        (1...classes).contains(point.effort) && (1...classes).contains(point.reach)
    }

    func draw() -> SVGCanvas {
        var canvas = SVGCanvas(width: Self.width)
        let left = 90.0, top = 40.0
        let placed = points.enumerated().filter { isPlaced($0.element) }
        let cells = Dictionary(grouping: placed, by: { "\($0.element.effort)-\($0.element.reach)" })
        // Each cell must hold its largest stack of names: more classes make smaller cells, so the plot grows.
        let largestStack = Double(cells.values.map(\.count).max() ?? 1)
        let plotHeight = max(Self.minimumPlotHeight, Double(classes) * (largestStack * Self.lineSpacing + 16))
        let plotWidth = Self.width - left - 24
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
            let label = TextMetrics.truncate(name, size: 12, maximum: cellWidth - 8)
            canvas.text(label, x: left + (Double(index) + 0.5) * cellWidth, y: top + plotHeight + 18, size: 12, anchor: .middle)
            canvas.text(TextMetrics.truncate(name, size: 12, maximum: left - 14), x: left - 10,
                        y: top + plotHeight - (Double(index) + 0.5) * cellHeight + 4, size: 12, anchor: .end)
        }
        canvas.text(xAxis, x: left + plotWidth / 2, y: top + plotHeight + 40, size: 13, anchor: .middle, bold: true)
        canvas.text(yAxis, x: 24, y: top + plotHeight / 2, size: 13, anchor: .middle, bold: true, vertical: true)
        for (_, members) in cells.sorted(by: { $0.key < $1.key }) {
            let sorted = members.sorted { $0.offset < $1.offset }
            let first = sorted[0].element
            let centreX = left + (Double(first.effort) - 0.5) * cellWidth
            let centreY = top + plotHeight - (Double(first.reach) - 0.5) * cellHeight
            let startY = centreY - Double(sorted.count - 1) * Self.lineSpacing / 2
            for (row, member) in sorted.enumerated() {
                let y = startY + Double(row) * Self.lineSpacing
                let colour = ChartPalette.categorical(member.offset)
                canvas.circle(x: centreX - cellWidth / 2 + 18, y: y, radius: 6, fill: colour, tooltip: member.element.label)
                let label = TextMetrics.truncate(member.element.label, size: 12, maximum: cellWidth - 36)
                canvas.text(label, x: centreX - cellWidth / 2 + 30, y: y + 4, size: 12)
            }
        }
        var bottom = top + plotHeight + 56
        let unplaced = points.filter { !isPlaced($0) }.map(\.label)
        if !unplaced.isEmpty {
            let lines = TextMetrics.wrap("\(unplacedLabel): \(DutchList.join(unplaced))", size: 12,
                                         maximum: Self.width - left, lines: unplaced.count + 1)
            for (index, line) in lines.enumerated() {
                canvas.text(line, x: left, y: bottom + Double(index) * 16, size: 12, fill: ChartPalette.muted)
            }
            bottom += 16 * Double(lines.count) + 8
        }
        canvas.grow(to: bottom)
        return canvas
    }
}
