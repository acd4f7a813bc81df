/// Figure 17: providers linked when they share an initiative. The best-connected providers are large, numbered
/// nodes with their names in a key under the chart, so that no name lies on a node or on another name; the rest
/// are small, pale nodes that show the shape of the network. Colour: the province where a provider is most
/// active, or `Landelijk` for national actors (`landelijk: ja` in aanbieders.yaml).
struct NetworkChartRenderer {
    static let width = 760.0
    static let maximumNodes = 150
    static let numberedNodes = 15
    static let nationalColour = "#1a1a1a"

    var network: ProviderNetwork
    var provinces: [String]
    var legendTitle: String
    var nationalLabel = "Landelijk"
    var keyTitle = ""
    var contextNote = ""

    struct Placed {
        var node: ProviderNetwork.Node
        var x: Double
        var y: Double
        var radius: Double
        /// 1 for the best-connected provider; nil for a context node.
        var number: Int?
    }

    func draw() -> SVGCanvas {
        var canvas = SVGCanvas(width: Self.width)
        let (placed, edges) = layout()
        let top = 40.0, plotHeight = 540.0
        for edge in edges {
            let (a, b) = (placed[edge.from], placed[edge.to])
            let strong = a.number != nil || b.number != nil
            canvas.line(x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: "#7f7f7f",
                        width: min(0.5 + 0.4 * Double(edge.weight), 3), opacity: strong ? 0.3 : 0.12)
        }
        for item in placed where item.number == nil {
            canvas.circle(x: item.x, y: item.y, radius: item.radius, fill: colour(item.node), tooltip: tooltip(item.node),
                          opacity: 0.55)
        }
        for item in placed.filter({ $0.number != nil }).sorted(by: { $0.number! > $1.number! }) {
            let fill = colour(item.node)
            canvas.circle(x: item.x, y: item.y, radius: item.radius, fill: fill, tooltip: tooltip(item.node))
            canvas.text(String(item.number!), x: item.x, y: item.y + 3.5, size: 10, anchor: .middle, bold: true,
                        fill: ChartPalette.textOn(fill))
        }
        var y = top + plotHeight + 30
        let numbered = placed.filter { $0.number != nil }.sorted { $0.number! < $1.number! }
        if !numbered.isEmpty {
            canvas.text(keyTitle, x: 16, y: y, size: 12, bold: true)
            y += 18
            let columnWidth = (Self.width - 32) / 2
            let rows = (numbered.count + 1) / 2
            for (index, item) in numbered.enumerated() {
                let x = 16 + Double(index / rows) * columnWidth
                let rowY = y + Double(index % rows) * 16
                canvas.circle(x: x + 6, y: rowY - 4, radius: 5, fill: colour(item.node))
                let text = "\(item.number!). \(item.node.name) (\(DutchNumber.integer(item.node.degree)))"
                canvas.text(TextMetrics.truncate(text, size: 11, maximum: columnWidth - 24), x: x + 16, y: rowY, size: 11)
            }
            y += Double(rows) * 16 + 8
        }
        if !contextNote.isEmpty, placed.contains(where: { $0.number == nil }) {
            canvas.text(contextNote, x: 16, y: y, size: 11, fill: ChartPalette.muted, italic: true)
            y += 20
        }
        canvas.text(legendTitle, x: 16, y: y + 4, size: 12, bold: true)
        let classes = ([nationalLabel] + provinces).filter { name in placed.contains { className($0.node) == name } }
        let legend = classes.map { LegendItem(label: $0, colour: colour(named: $0)) }
        let bottom = LegendDrawer.draw(legend, on: &canvas, x: 16, y: y + 24, maximumWidth: Self.width - 32)
        canvas.grow(to: bottom + 4)
        return canvas
    }

    /// Positions in pixels: the force layout, then the numbered nodes pushed apart from each other and from every
    /// other node until none overlaps, so that each number sits alone in its own circle.
    func layout() -> (placed: [Placed], edges: [(from: Int, to: Int, weight: Int)]) {
        let shown = shownNodes()
        let index = Dictionary(uniqueKeysWithValues: shown.enumerated().map { ($0.element, $0.offset) })
        let nodes = shown.map { network.nodes[$0] }
        let edges = network.edges.compactMap { edge -> (from: Int, to: Int, weight: Int)? in
            guard let from = index[edge.from], let to = index[edge.to] else { return nil }
            return (from, to, edge.weight)
        }
        let groups = nodes.map { $0.isNational ? provinces.count : (provinces.firstIndex(of: $0.province) ?? 0) }
        let positions = ForceLayout(names: nodes.map(\.name), groups: groups, groupCount: provinces.count + 1,
                                    edges: edges).positions()
        let left = 40.0, top = 40.0, plotWidth = Self.width - 80, plotHeight = 540.0
        let ranked = nodes.indices.sorted {
            nodes[$0].degree != nodes[$1].degree ? nodes[$0].degree > nodes[$1].degree : nodes[$0].name < nodes[$1].name
        }
        var numbers: [Int: Int] = [:]
        for (rank, node) in ranked.prefix(Self.numberedNodes).enumerated() where nodes[node].degree > 0 { numbers[node] = rank + 1 }
        let maximumDegree = Double(max(nodes.map(\.degree).max() ?? 1, 1))
        var placed = nodes.indices.map { node -> Placed in
            let share = (Double(nodes[node].degree) / maximumDegree).squareRoot()
            let radius = numbers[node] != nil ? 10 + 6 * share : 2.5 + 3 * share
            return Placed(node: nodes[node], x: left + positions[node].x * plotWidth, y: top + positions[node].y * plotHeight,
                          radius: radius, number: numbers[node])
        }
        separate(&placed, left: left, top: top, width: plotWidth, height: plotHeight)
        return (placed, edges)
    }

    /// Pushes numbered nodes clear of every other node (a context node moves, two numbered nodes both move),
    /// within the plot. Deterministic: fixed order, fixed number of rounds.
    private func separate(_ placed: inout [Placed], left: Double, top: Double, width: Double, height: Double) {
        let numbered = placed.indices.filter { placed[$0].number != nil }
        for _ in 0..<300 {
            var moved = false
            for a in numbered {
                for b in placed.indices where b != a {
                    let gap = placed[b].number != nil ? 4.0 : 2.0
                    let needed = placed[a].radius + placed[b].radius + gap
                    var dx = placed[b].x - placed[a].x, dy = placed[b].y - placed[a].y
                    var distance = (dx * dx + dy * dy).squareRoot()
                    guard distance < needed else { continue }
                    if distance < 1e-6 {
                        dx = Double((a * 7 + b * 13) % 17 - 8) + 0.5
                        dy = Double((a * 11 + b * 5) % 19 - 9) + 0.5
                        distance = (dx * dx + dy * dy).squareRoot()
                    }
                    let push = (needed - distance) + 0.5
                    let (ux, uy) = (dx / distance, dy / distance)
                    if placed[b].number != nil {
                        placed[a].x -= ux * push / 2; placed[a].y -= uy * push / 2
                        placed[b].x += ux * push / 2; placed[b].y += uy * push / 2
                    } else {
                        placed[b].x += ux * push; placed[b].y += uy * push
                    }
                    moved = true
                }
            }
            for i in placed.indices {
                let r = placed[i].radius
                placed[i].x = min(max(placed[i].x, left + r), left + width - r)
                placed[i].y = min(max(placed[i].y, top + r), top + height - r)
            }
            if !moved { break }
        }
    }

    /// The best-connected providers when the network is too large to draw whole.
    private func shownNodes() -> [Int] {
        let ranked = network.nodes.indices.sorted {
            network.nodes[$0].degree != network.nodes[$1].degree
                ? network.nodes[$0].degree > network.nodes[$1].degree : network.nodes[$0].name < network.nodes[$1].name
        }
        return Array(ranked.prefix(Self.maximumNodes)).sorted()
    }

    private func className(_ node: ProviderNetwork.Node) -> String { node.isNational ? nationalLabel : node.province }

    private func colour(_ node: ProviderNetwork.Node) -> String { colour(named: className(node)) }

    private func colour(named name: String) -> String {
        name == nationalLabel ? Self.nationalColour : ChartPalette.categorical(provinces.firstIndex(of: name) ?? 0)
    }

    private func tooltip(_ node: ProviderNetwork.Node) -> String {
        "\(node.name): \(DutchNumber.integer(node.degree)) verbindingen, "
            + (node.isNational ? nationalLabel.lowercased() : "meest actief in \(node.province)")
    }
}
