/// Figure 17: providers as nodes sized by degree and coloured by the province where they are most active,
/// links for shared initiatives, and labels on the largest nodes placed where they do not collide.
struct NetworkChartRenderer {
    static let width = 760.0
    static let maximumNodes = 150
    static let labelledNodes = 16

    var network: ProviderNetwork
    var provinces: [String]
    var legendTitle: String

    func draw() -> SVGCanvas {
        var canvas = SVGCanvas(width: Self.width)
        let shown = shownNodes()
        let index = Dictionary(uniqueKeysWithValues: shown.enumerated().map { ($0.element, $0.offset) })
        let nodes = shown.map { network.nodes[$0] }
        let edges = network.edges.compactMap { edge -> (from: Int, to: Int, weight: Int)? in
            guard let from = index[edge.from], let to = index[edge.to] else { return nil }
            return (from, to, edge.weight)
        }
        let layout = ForceLayout(names: nodes.map(\.name), groups: nodes.map { provinces.firstIndex(of: $0.province) ?? 0 },
                                 groupCount: provinces.count, edges: edges).positions()
        let left = 60.0, top = 40.0, plotWidth = Self.width - 120, plotHeight = 560.0
        let points = layout.map { (x: left + $0.x * plotWidth, y: top + $0.y * plotHeight) }
        let maximumDegree = Double(max(nodes.map(\.degree).max() ?? 1, 1))
        let radii = nodes.map { 3 + 11 * (Double($0.degree) / maximumDegree).squareRoot() }
        for edge in edges {
            canvas.line(x1: points[edge.from].x, y1: points[edge.from].y, x2: points[edge.to].x, y2: points[edge.to].y,
                        stroke: "#7f7f7f", width: min(0.5 + 0.4 * Double(edge.weight), 3), opacity: 0.3)
        }
        let drawOrder = nodes.indices.sorted { radii[$0] < radii[$1] }
        for node in drawOrder {
            let item = nodes[node]
            canvas.circle(x: points[node].x, y: points[node].y, radius: radii[node], fill: colour(item.province),
                          tooltip: "\(item.name): \(DutchNumber.integer(item.degree)) verbindingen, meest actief in \(item.province)")
        }
        placeLabels(nodes: nodes, points: points, radii: radii, on: &canvas)
        let legend = provinces.filter { name in nodes.contains { $0.province == name } }
            .map { LegendItem(label: $0, colour: colour($0)) }
        canvas.text(legendTitle, x: 16, y: top + plotHeight + 36, size: 12, bold: true)
        let bottom = LegendDrawer.draw(legend, on: &canvas, x: 16, y: top + plotHeight + 56, maximumWidth: Self.width - 32)
        canvas.grow(to: bottom + 4)
        return canvas
    }

    /// The best-connected providers when the network is too large to draw whole.
    private func shownNodes() -> [Int] {
        let ranked = network.nodes.indices.sorted {
            network.nodes[$0].degree != network.nodes[$1].degree
                ? network.nodes[$0].degree > network.nodes[$1].degree : network.nodes[$0].name < network.nodes[$1].name
        }
        return Array(ranked.prefix(Self.maximumNodes)).sorted()
    }

    private func colour(_ province: String) -> String {
        ChartPalette.categorical(provinces.firstIndex(of: province) ?? 0)
    }

    struct Box {
        var x: Double, y: Double, width: Double, height: Double
        func overlaps(_ other: Box) -> Bool {
            x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height
        }
    }

    /// Tries right, left, above and below each large node, taking the first place that is free of other labels
    /// and nodes; the largest nodes choose first.
    private func placeLabels(nodes: [ProviderNetwork.Node], points: [(x: Double, y: Double)], radii: [Double],
                             on canvas: inout SVGCanvas) {
        let ranked = nodes.indices.sorted {
            nodes[$0].degree != nodes[$1].degree ? nodes[$0].degree > nodes[$1].degree : nodes[$0].name < nodes[$1].name
        }.prefix(Self.labelledNodes)
        let circles = nodes.indices.map {
            Box(x: points[$0].x - radii[$0], y: points[$0].y - radii[$0], width: 2 * radii[$0], height: 2 * radii[$0])
        }
        var labels: [Box] = []
        for node in ranked {
            let text = TextMetrics.truncate(nodes[node].name, size: 11, maximum: 200)
            let width = TextMetrics.width(text, size: 11, bold: true), height = 13.0
            let (x, y, r) = (points[node].x, points[node].y, radii[node])
            // Rings of places around the node, nearest first, so that a crowded centre still finds room.
            var candidates: [Box] = []
            for gap in [3.0, 14.0, 28.0] {
                let d = r + gap
                candidates += [
                    Box(x: x + d, y: y - height / 2, width: width, height: height),
                    Box(x: x - d - width, y: y - height / 2, width: width, height: height),
                    Box(x: x - width / 2, y: y - d - height, width: width, height: height),
                    Box(x: x - width / 2, y: y + d, width: width, height: height),
                    Box(x: x + d * 0.7, y: y - d * 0.7 - height, width: width, height: height),
                    Box(x: x - d * 0.7 - width, y: y - d * 0.7 - height, width: width, height: height),
                    Box(x: x + d * 0.7, y: y + d * 0.7, width: width, height: height),
                    Box(x: x - d * 0.7 - width, y: y + d * 0.7, width: width, height: height),
                ]
            }
            candidates = candidates.filter { $0.x >= 2 && $0.x + $0.width <= Self.width - 2 && $0.y >= 20 }
            // Free of labels and nodes; else free of labels (the halo keeps it readable over a node); else least crowded.
            let free = candidates.first { box in !labels.contains { $0.overlaps(box) } && !circles.contains { $0.overlaps(box) } }
                ?? candidates.first { box in !labels.contains { $0.overlaps(box) } }
                ?? candidates.min { overlapCount($0, labels) < overlapCount($1, labels) }
            guard let box = free else { continue }
            let nearest = (x: min(max(x, box.x), box.x + box.width), y: min(max(y, box.y), box.y + box.height))
            if abs(nearest.x - x) > r + 6 || abs(nearest.y - y) > r + 6 {
                canvas.line(x1: x, y1: y, x2: nearest.x, y2: nearest.y, stroke: ChartPalette.muted, width: 0.8)
            }
            canvas.text(text, x: box.x, y: box.y + height - 3, size: 11, bold: true, halo: true)
            labels.append(box)
        }
    }

    private func overlapCount(_ box: Box, _ taken: [Box]) -> Int {
        taken.filter { $0.overlaps(box) }.count
    }
}
