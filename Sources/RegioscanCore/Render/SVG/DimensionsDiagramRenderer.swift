/// Figure 1: the sides of the market side by side, each with the dimensions that describe it, and below them the
/// dimensions that link both sides (reach and impact), joined to every side by a connector.
struct DimensionsDiagramRenderer {
    static let width = 760.0
    static let margin = 16.0
    static let columnGap = 48.0
    static let headerFill = "#08519c"
    static let cardFill = "#eef4fa"

    var framework: ScanFramework

    func draw() -> SVGCanvas {
        var canvas = SVGCanvas(width: Self.width)
        let sides = framework.sides.filter { !framework.dimensions(on: $0.label).isEmpty }
        let columns = max(sides.count, 1)
        let columnWidth = (Self.width - 2 * Self.margin - Double(columns - 1) * Self.columnGap) / Double(columns)
        let top = Self.margin + 8
        var columnBottoms: [Double] = []
        var headerBoxes: [(x: Double, y: Double, height: Double)] = []
        for (index, side) in sides.enumerated() {
            let x = Self.margin + Double(index) * (columnWidth + Self.columnGap)
            let explanation = side.explanation.map { TextMetrics.wrap($0, size: 12, maximum: columnWidth - 20, lines: 2) } ?? []
            let headerHeight = 30 + Double(explanation.count) * 15
            canvas.rect(x: x, y: top, width: columnWidth, height: headerHeight, fill: Self.headerFill, radius: 4)
            canvas.text(side.label, x: x + 10, y: top + 21, size: 15, bold: true, fill: "#ffffff")
            canvas.lines(explanation, x: x + 10, y: top + 39, size: 12, lineHeight: 15, fill: "#ffffff")
            headerBoxes.append((x, top, headerHeight))
            var y = top + headerHeight + 10
            for dimension in framework.dimensions(on: side.label) {
                y = card(dimension, x: x, y: y, width: columnWidth, on: &canvas) + 8
            }
            columnBottoms.append(y)
        }
        // Arrows between neighbouring sides: supply answers demand, and the other way round.
        for index in headerBoxes.indices.dropLast() {
            let y = top + 17
            let from = headerBoxes[index].x + columnWidth + 4, to = headerBoxes[index + 1].x - 4
            arrow(on: &canvas, from: from, to: to, y: y)
        }
        var y = (columnBottoms.max() ?? top) + 18
        let links = framework.dimensions(on: nil)
        if !links.isEmpty {
            let x = Self.margin + columnWidth / 2, width = Self.width - 2 * Self.margin - columnWidth
            for (index, bottom) in columnBottoms.enumerated() {
                let centre = Self.margin + Double(index) * (columnWidth + Self.columnGap) + columnWidth / 2
                canvas.line(x1: centre, y1: bottom - 4, x2: centre, y2: y, stroke: ChartPalette.muted, width: 1.5, dash: "4 3")
            }
            for dimension in links {
                y = card(dimension, x: sides.count > 1 ? x : Self.margin, y: y,
                         width: sides.count > 1 ? width : Self.width - 2 * Self.margin, on: &canvas) + 8
            }
        }
        canvas.grow(to: y + Self.margin - 8)
        return canvas
    }

    /// A dimension's card: its name in bold and the lists that fill it; returns the y below it.
    private func card(_ dimension: FrameworkDimension, x: Double, y: Double, width: Double, on canvas: inout SVGCanvas) -> Double {
        let parts = TextMetrics.wrap(dimension.parts.joined(separator: " · "), size: 12, maximum: width - 24, lines: 4)
        let height = 28 + Double(parts.count) * 15
        canvas.rect(x: x, y: y, width: width, height: height, fill: Self.cardFill, stroke: "#9ecae1", radius: 4)
        canvas.text(dimension.label, x: x + 12, y: y + 19, size: 13, bold: true)
        canvas.lines(parts, x: x + 12, y: y + 36, size: 12, lineHeight: 15, fill: ChartPalette.muted)
        return y + height
    }

    /// A double-headed arrow on one line.
    private func arrow(on canvas: inout SVGCanvas, from: Double, to: Double, y: Double) {
        canvas.line(x1: from, y1: y, x2: to, y2: y, stroke: ChartPalette.muted, width: 1.5)
        for (tip, direction) in [(from, 1.0), (to, -1.0)] {
            canvas.line(x1: tip, y1: y, x2: tip + 7 * direction, y2: y - 5, stroke: ChartPalette.muted, width: 1.5)
            canvas.line(x1: tip, y1: y, x2: tip + 7 * direction, y2: y + 5, stroke: ChartPalette.muted, width: 1.5)
        }
    }
}
