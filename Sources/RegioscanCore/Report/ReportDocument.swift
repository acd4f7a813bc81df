import Foundation

/// The report as blocks, from the rendered body template. The Markdown and HTML renderers walk the same blocks,
/// so both files have the same content.
struct ReportDocument {
    var front: String
    var blocks: [ReportBlock]

    /// Splits rendered Markdown into headings, prose and placeholders such as `[[figuur 06]]`.
    static func parse(_ markdown: String, diagnostics: inout Diagnostics, file: String) -> [ReportBlock] {
        var blocks: [ReportBlock] = []
        var prose: [Substring] = []
        func flush() {
            let text = prose.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { blocks.append(.prose(text)) }
            prose = []
        }
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let heading = heading(trimmed) {
                flush()
                blocks.append(heading)
            } else if trimmed.hasPrefix("[["), trimmed.hasSuffix("]]") {
                flush()
                if let block = marker(String(trimmed.dropFirst(2).dropLast(2))) {
                    blocks.append(block)
                } else {
                    diagnostics.error(.template, at: SourceLocation(file: file), Messages.unknownMarker(trimmed))
                }
            } else {
                prose.append(line)
            }
        }
        flush()
        return blocks
    }

    private static func heading(_ line: String) -> ReportBlock? {
        let level = line.prefix { $0 == "#" }.count
        guard (1...6).contains(level), line.dropFirst(level).first == " " else { return nil }
        return .heading(level: level, text: line.dropFirst(level).trimmingCharacters(in: .whitespaces))
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
        blocks.compactMap { block in
            if case .heading(let level, let text) = block, level <= 3 { return (level, text) }
            return nil
        }
    }
}
