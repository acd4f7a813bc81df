/// The report as blocks, from the rendered body template. The Markdown and HTML renderers walk the same blocks,
/// so both files have the same content.
struct ReportDocument {
    var front: String
    var blocks: [ReportBlock]

    /// Splits rendered Markdown into headings, prose and placeholders such as `[[figuur 06]]`.
    static func parse(_ markdown: String, diagnostics: inout Diagnostics, file: String) -> [ReportBlock] {
        TemplateBlockParser.parse(markdown, diagnostics: &diagnostics, file: file, heading: ReportBlock.heading,
                                  prose: ReportBlock.prose, marker: marker)
    }

    private static func marker(_ name: String) -> ReportBlock? {
        let parts = name.split(separator: " ").map(String.init)
        switch parts.first {
        case "figuur":
            guard parts.count == 2 else { return nil }
            if let diagram = FrameworkDiagram(rawValue: parts[1]) { return .diagram(diagram) }
            guard let id = FigureID(rawValue: parts[1]), id != .keyFigures else { return nil }
            return .figure(id)
        case "kerncijfers" where parts.count == 1: return .keyFigures
        case "kerncijfers-per-provincie" where parts.count == 1: return .keyFiguresPerProvince
        case "typologie" where parts.count == 1: return .typology
        case "ontwikkeling" where parts.count == 2: return DevelopmentChart(rawValue: parts[1]).map { .developmentChart($0) }
        default: return nil
        }
    }

    /// Headings of the levels the table of contents lists.
    var contents: [(level: Int, text: String)] {
        TemplateBlockParser.contents(blocks) {
            if case .heading(let level, let text) = $0 { return (level, text) } else { return nil }
        }
    }
}
