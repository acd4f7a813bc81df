/// A tree read from left to right: the root, its branches (groups) and their leaves (categories), joined by
/// elbow connectors. Every leaf has a row of its own, so labels never overlap however many there are.
struct TreeDiagramRenderer {
    struct Leaf: Hashable {
        var code: String?
        var label: String
        var text: String { code.map { "\($0) \(label)" } ?? label }
    }

    struct Branch: Hashable {
        /// Nil for categories without a group: they hang from the root directly.
        var label: String?
        var leaves: [Leaf]
    }

    struct Tree: Hashable {
        var root: String
        var branches: [Branch]
    }

    static let width = 760.0
    static let margin = 16.0
    static let rootWidth = 150.0
    static let branchWidth = 180.0
    static let gap = 34.0
    static let textSize = 12.0

    var tree: Tree

    /// A drawn box, for connectors and for tests that check nothing overlaps.
    struct Box {
        var x: Double, y: Double, width: Double, height: Double
        var midY: Double { y + height / 2 }
    }

    func draw() -> SVGCanvas {
        var canvas = SVGCanvas(width: Self.width)
        let rootX = Self.margin
        let branchX = rootX + Self.rootWidth + Self.gap
        let leafX = branchX + Self.branchWidth + Self.gap
        let leafWidth = Self.width - Self.margin - leafX
        var y = Self.margin + 8
        var branchBoxes: [(Branch, Box, [Box], Int)] = []
        for (index, branch) in tree.branches.enumerated() {
            var leafBoxes: [Box] = []
            for leaf in branch.leaves {
                let lines = TextMetrics.wrap(leaf.text, size: Self.textSize, maximum: leafWidth - 20, lines: 3)
                let height = Double(lines.count) * 15 + 11
                leafBoxes.append(Box(x: leafX, y: y, width: leafWidth, height: height))
                y += height + 6
            }
            let top = leafBoxes.first!.y, bottom = leafBoxes.last!.y + leafBoxes.last!.height
            let label = branch.label ?? ""
            let lines = TextMetrics.wrap(label, size: 13, maximum: Self.branchWidth - 16, lines: 3)
            let height = max(Double(lines.count) * 16 + 14, 34)
            let box = Box(x: branchX, y: (top + bottom) / 2 - height / 2, width: Self.branchWidth, height: height)
            branchBoxes.append((branch, box, leafBoxes, index))
            y += 14
        }
        let bottom = y - 20
        let rootLines = TextMetrics.wrap(tree.root, size: 14, maximum: Self.rootWidth - 16, lines: 3)
        let rootHeight = Double(rootLines.count) * 17 + 20
        let top = Self.margin + 8
        let root = Box(x: rootX, y: (top + bottom) / 2 - rootHeight / 2, width: Self.rootWidth, height: rootHeight)
        for (branch, box, leaves, index) in branchBoxes {
            let colour = ChartPalette.categorical(index)
            let from = branch.label == nil ? root : box
            if branch.label != nil {
                elbow(on: &canvas, from: root, to: box)
                rectangle(box, on: &canvas, fill: colour)
                let lines = TextMetrics.wrap(branch.label!, size: 13, maximum: Self.branchWidth - 16, lines: 3)
                centred(lines, in: box, size: 13, bold: true, fill: ChartPalette.textOn(colour), on: &canvas)
            }
            for (leaf, leafBox) in zip(branch.leaves, leaves) {
                elbow(on: &canvas, from: from, to: leafBox)
                rectangle(leafBox, on: &canvas, fill: "#f4f6f8", stroke: ChartPalette.grid)
                canvas.rect(x: leafBox.x, y: leafBox.y, width: 5, height: leafBox.height,
                            fill: branch.label == nil ? ChartPalette.unspecified : colour)
                let lines = TextMetrics.wrap(leaf.text, size: Self.textSize, maximum: leafBox.width - 20, lines: 3)
                canvas.lines(lines, x: leafBox.x + 13, y: leafBox.y + 18, size: Self.textSize, lineHeight: 15)
            }
        }
        rectangle(root, on: &canvas, fill: ChartPalette.text)
        centred(rootLines, in: root, size: 14, bold: true, fill: "#ffffff", on: &canvas)
        canvas.grow(to: bottom + Self.margin)
        return canvas
    }

    private func rectangle(_ box: Box, on canvas: inout SVGCanvas, fill: String, stroke: String? = nil) {
        canvas.rect(x: box.x, y: box.y, width: box.width, height: box.height, fill: fill, stroke: stroke, radius: 4)
    }

    private func centred(_ lines: [String], in box: Box, size: Double, bold: Bool, fill: String, on canvas: inout SVGCanvas) {
        let lineHeight = size + 3
        let first = box.midY - Double(lines.count - 1) * lineHeight / 2 + size * 0.35
        for (offset, line) in lines.enumerated() {
            canvas.text(line, x: box.x + box.width / 2, y: first + Double(offset) * lineHeight, size: size,
                        anchor: .middle, bold: bold, fill: fill)
        }
    }

    /// Right from the parent into the gap beside it, down or up, then right into the child. Turning in the gap
    /// next to the parent keeps a leaf hanging from the root clear of the group boxes.
    private func elbow(on canvas: inout SVGCanvas, from parent: Box, to child: Box) {
        let startX = parent.x + parent.width, middleX = startX + Self.gap / 2
        canvas.line(x1: startX, y1: parent.midY, x2: middleX, y2: parent.midY, stroke: ChartPalette.muted)
        canvas.line(x1: middleX, y1: parent.midY, x2: middleX, y2: child.midY, stroke: ChartPalette.muted)
        canvas.line(x1: middleX, y1: child.midY, x2: child.x, y2: child.midY, stroke: ChartPalette.muted)
    }
}
