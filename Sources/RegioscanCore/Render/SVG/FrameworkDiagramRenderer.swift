/// Draws figures 1–3 from the taxonomy: the dimensions of the scan, and the bottlenecks and market failures as
/// trees of groups and categories.
public struct FrameworkDiagramRenderer: Sendable {
    public let taxonomy: Taxonomy
    public let texts: FigureTexts

    /// No sample-data notice: the diagrams show the taxonomy, which is real even when the scan data is not.
    public init(taxonomy: Taxonomy, texts: FigureTexts) {
        self.taxonomy = taxonomy
        self.texts = texts
    }

    /// The diagrams this taxonomy can draw, in report order.
    public var available: [FrameworkDiagram] {
        FrameworkDiagram.allCases.filter { $0.isAvailable(in: taxonomy) }
    }

    /// "Figuur 2 – Mogelijke knelpunten voor digitalisering van het mkb".
    public func caption(_ diagram: FrameworkDiagram) -> String {
        "Figuur \(diagram.number) – \(texts.table(diagram.rawValue).title)"
    }

    public func svg(_ diagram: FrameworkDiagram, inline: Bool = false) -> String {
        let canvas: SVGCanvas
        switch diagram {
        case .dimensions:
            canvas = DimensionsDiagramRenderer(framework: taxonomy.framework ?? ScanFramework(sides: [], dimensions: [])).draw()
        case .bottlenecks, .marketFailures:
            canvas = TreeDiagramRenderer(tree: tree(diagram)).draw()
        }
        return canvas.document(title: caption(diagram), description: description(diagram),
                               idPrefix: diagram.fileName, notice: nil, inline: inline)
    }

    /// The dimension as a tree: its title, its groups in file order, and categories without a group last.
    func tree(_ diagram: FrameworkDiagram) -> TreeDiagramRenderer.Tree {
        let dimension = taxonomy[diagram == .bottlenecks ? DimensionID.bottleneck : .marketFailure]
        let leaf: (Category) -> TreeDiagramRenderer.Leaf = { TreeDiagramRenderer.Leaf(code: $0.codes.first, label: $0.label) }
        var branches = dimension.groups.map { group in
            TreeDiagramRenderer.Branch(label: group.label,
                                       leaves: dimension.categories.filter { $0.group == group.label }.map(leaf))
        }
        let loose = dimension.categories.filter { $0.group == nil }
        if !loose.isEmpty { branches.append(TreeDiagramRenderer.Branch(label: nil, leaves: loose.map(leaf))) }
        return TreeDiagramRenderer.Tree(root: dimension.title, branches: branches.filter { !$0.leaves.isEmpty })
    }

    /// What a screen reader says: the diagram's content as text.
    func description(_ diagram: FrameworkDiagram) -> String {
        switch diagram {
        case .dimensions:
            let framework = taxonomy.framework
            return (framework?.dimensions ?? []).map { dimension in
                let side = dimension.side.map { " (\($0))" } ?? ""
                return dimension.label + side + (dimension.parts.isEmpty ? "" : ": " + dimension.parts.joined(separator: ", "))
            }.joined(separator: "; ") + "."
        case .bottlenecks, .marketFailures:
            let tree = tree(diagram)
            return tree.root + ": " + tree.branches.map { branch in
                (branch.label.map { $0 + ": " } ?? "") + branch.leaves.map(\.text).joined(separator: ", ")
            }.joined(separator: "; ") + "."
        }
    }
}
