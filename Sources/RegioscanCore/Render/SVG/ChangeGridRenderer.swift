/// A grid of changes, in sections (one per figure): a row per category, a column per province, each cell
/// labelled with its change and shaded by its size — blue where it went up, orange where it went down — so that
/// where shares moved shows at a glance. Both directions share one scale.
struct ChangeGridRenderer {
    struct Cell {
        /// Nil when neither year has the value.
        var value: Double?
        var text: String
        var tooltip: String
    }

    struct Row {
        var label: String
        var cells: [Cell]
    }

    struct Section {
        var heading: String
        var columns: [String]
        var rows: [Row]
    }

    static let width = 760.0
    static let margin = 16.0
    static let rowHeight = 20.0
    static let headerSize = 11.0
    static let increase = ChartPalette.primary
    static let decrease = ChartPalette.secondary
    /// Changes smaller than this read as "no change" and stay white.
    static let unchanged = 0.05

    var sections: [Section]
    var base: String?
    var increaseLabel: String
    var decreaseLabel: String
    /// Under the grid: what the numbers in the cells are.
    var axisLabel: String

    func draw() -> SVGCanvas {
        var canvas = SVGCanvas(width: Self.width)
        let labelWidth = min(sections.flatMap { $0.rows.map { TextMetrics.width($0.label, size: 12) } }.max() ?? 0,
                             Self.width * 0.3)
        let gridLeft = Self.margin + labelWidth + 10
        let largest = sections.flatMap { $0.rows.flatMap { $0.cells.compactMap { $0.value.map(abs) } } }.max() ?? 0

        var y = Self.margin + 12
        if let base {
            for line in TextMetrics.wrap(base, size: 12, maximum: Self.width - 2 * Self.margin, lines: 4) {
                canvas.text(line, x: Self.margin, y: y, size: 12, fill: ChartPalette.muted)
                y += 16
            }
            y += 6
        }
        y = LegendDrawer.draw([LegendItem(label: decreaseLabel, colour: Self.decrease),
                               LegendItem(label: increaseLabel, colour: Self.increase)],
                              on: &canvas, x: Self.margin, y: y, maximumWidth: Self.width - 2 * Self.margin)
        for section in sections where !section.columns.isEmpty {
            canvas.text(section.heading, x: Self.margin, y: y + 16, size: 13, bold: true)
            y += 26
            let columnWidth = min(60, (Self.width - Self.margin - gridLeft) / Double(section.columns.count))
            // Column headers stand upright, so that a dozen province names fit side by side.
            let band = min(110, section.columns.map { TextMetrics.width($0, size: Self.headerSize) }.max() ?? 0) + 6
            for (index, column) in section.columns.enumerated() {
                let label = TextMetrics.wrap(column, size: Self.headerSize, maximum: 110, lines: 1).first ?? column
                canvas.text(label, x: gridLeft + (Double(index) + 0.5) * columnWidth + 3.5, y: y + band, size: Self.headerSize,
                            vertical: true)
            }
            y += band + 4
            for row in section.rows {
                let lines = TextMetrics.wrap(row.label, size: 12, maximum: labelWidth, lines: 1)
                canvas.lines(lines, x: gridLeft - 8, y: y + Self.rowHeight / 2 + 4, size: 12, anchor: .end)
                for (index, cell) in row.cells.enumerated() {
                    let x = gridLeft + Double(index) * columnWidth
                    let fill = colour(cell.value, largest: largest)
                    canvas.rect(x: x, y: y, width: columnWidth, height: Self.rowHeight, fill: fill, tooltip: cell.tooltip,
                                stroke: ChartPalette.grid)
                    canvas.text(cell.text, x: x + columnWidth / 2, y: y + Self.rowHeight / 2 + 3.5, size: 10,
                                anchor: .middle, fill: ChartPalette.textOn(fill))
                }
                y += Self.rowHeight
            }
            y += 8
        }
        canvas.text(axisLabel, x: Self.margin, y: y + 14, size: 12, fill: ChartPalette.muted)
        canvas.grow(to: y + 26)
        return canvas
    }

    /// White for no change, then lighter to darker in the direction's colour as the change grows.
    private func colour(_ value: Double?, largest: Double) -> String {
        guard let value else { return "#f2f2f2" }
        guard abs(value) >= Self.unchanged, largest > 0 else { return "#ffffff" }
        let strength = 0.2 + 0.8 * min(1, abs(value) / largest)
        return Self.mix(value > 0 ? Self.increase : Self.decrease, strength)
    }

    /// `colour` laid over white with the given strength (0 white, 1 the colour itself).
    static func mix(_ colour: String, _ strength: Double) -> String {
        let hex = colour.dropFirst()
        guard hex.count == 6, let value = Int(hex, radix: 16) else { return colour }
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { channel in
            Int((255 - (255 - Double(channel)) * strength).rounded())
        }
        let digits = "0123456789abcdef".map { $0 }
        return "#" + channels.map { String([digits[$0 / 16], digits[$0 % 16]]) }.joined()
    }
}
