/// Figure 05: archetypes placed by their modelled classes in a grid with one cell per pair of classes (3 × 3 for
/// Laag/Middel/Hoog), each archetype inside its cell. No line runs through the grid, so no label sits on a line;
/// labels are stacked (and wrapped when long) so that they never collide. The four corner descriptions stand
/// outside the grid. Works for any number of classes; an archetype without a class on either axis is named under
/// the chart instead of being placed.
struct QuadrantChartRenderer {
    struct Point {
        var label: String
        /// Class positions, 1 = lowest; 0 when the taxonomy gives the archetype no class.
        var effort: Int
        var reach: Int
    }

    static let width = 760.0
    static let minimumCellHeight = 96.0
    static let lineHeight = 15.0
    static let entryGap = 5.0
    static let cellGap = 6.0
    static let labelSize = 12.0
    static let dotColour = "#0b4f8a"

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
        let left = 96.0, top = 42.0
        let plotWidth = Self.width - left - 16
        let cellWidth = plotWidth / Double(classes)
        let textWidth = cellWidth - Self.cellGap - 30
        let placed = points.filter(isPlaced)
        let wrapped = Dictionary(uniqueKeysWithValues: placed.map {
            ($0.label, TextMetrics.wrap($0.label, size: Self.labelSize, maximum: textWidth, lines: 3))
        })
        func stackHeight(_ members: [Point]) -> Double {
            members.map { Double(wrapped[$0.label]!.count) * Self.lineHeight }.reduce(0, +)
                + Double(max(members.count - 1, 0)) * Self.entryGap
        }
        let cells = Dictionary(grouping: placed) { Cell(effort: $0.effort, reach: $0.reach) }
        // Each row of cells is as tall as its fullest cell, so that every stack fits inside its cell.
        var rowHeights: [Int: Double] = [:]
        for reach in 1...classes {
            let tallest = (1...classes).map { stackHeight(cells[Cell(effort: $0, reach: reach)] ?? []) }.max() ?? 0
            rowHeights[reach] = max(Self.minimumCellHeight, tallest + 24)
        }
        var rowTop: [Int: Double] = [:]
        var y = top
        for reach in (1...classes).reversed() {
            rowTop[reach] = y
            y += rowHeights[reach]!
        }
        let plotBottom = y
        if quadrantNames.count == 4 {
            canvas.text(quadrantNames[0], x: left, y: top - 12, size: 11, fill: ChartPalette.muted, italic: true)
            canvas.text(quadrantNames[1], x: left + plotWidth, y: top - 12, size: 11, anchor: .end, fill: ChartPalette.muted, italic: true)
        }
        for reach in 1...classes {
            for effort in 1...classes {
                let x = left + Double(effort - 1) * cellWidth + Self.cellGap / 2
                let cellTop = rowTop[reach]! + Self.cellGap / 2
                let height = rowHeights[reach]! - Self.cellGap
                // Darker towards more reach and more effort, so the grid reads as two scales without lines.
                let tint = ["#f7f9fb", "#eef3f8", "#e4edf5", "#dbe6f2", "#d2e0ef"][min(effort + reach - 2, 4)]
                canvas.rect(x: x, y: cellTop, width: cellWidth - Self.cellGap, height: height, fill: tint,
                            stroke: ChartPalette.grid, radius: 3)
                let members = cells[Cell(effort: effort, reach: reach)] ?? []
                var entryY = cellTop + (height - stackHeight(members)) / 2
                for member in members {
                    let lines = wrapped[member.label]!
                    canvas.circle(x: x + 14, y: entryY + Self.lineHeight / 2, radius: 5, fill: Self.dotColour, tooltip: member.label)
                    canvas.lines(lines, x: x + 26, y: entryY + 11.5, size: Self.labelSize, lineHeight: Self.lineHeight)
                    entryY += Double(lines.count) * Self.lineHeight + Self.entryGap
                }
            }
        }
        for (index, name) in classNames.enumerated() {
            let label = TextMetrics.truncate(name, size: 12, maximum: cellWidth - 8)
            canvas.text(label, x: left + (Double(index) + 0.5) * cellWidth, y: plotBottom + 16, size: 12, anchor: .middle)
            let reach = index + 1
            canvas.text(TextMetrics.truncate(name, size: 12, maximum: left - 40), x: left - 8,
                        y: rowTop[reach]! + rowHeights[reach]! / 2 + 4, size: 12, anchor: .end)
        }
        canvas.text(xAxis, x: left + plotWidth / 2, y: plotBottom + 36, size: 13, anchor: .middle, bold: true)
        canvas.text(yAxis, x: 24, y: (top + plotBottom) / 2, size: 13, anchor: .middle, bold: true, vertical: true)
        var bottom = plotBottom + 44
        if quadrantNames.count == 4 {
            canvas.text(quadrantNames[2], x: left, y: plotBottom + 56, size: 11, fill: ChartPalette.muted, italic: true)
            canvas.text(quadrantNames[3], x: left + plotWidth, y: plotBottom + 56, size: 11, anchor: .end,
                        fill: ChartPalette.muted, italic: true)
            bottom = plotBottom + 72
        }
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

    private struct Cell: Hashable {
        var effort: Int
        var reach: Int
    }
}
