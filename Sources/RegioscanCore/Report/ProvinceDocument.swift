/// A province report as blocks, from its rendered body template, so that the Markdown and HTML files say the
/// same. Placeholders on a line of their own: `[[figuur 06]]`, `[[kerncijfers]]`, `[[aanbieders]]`,
/// `[[netwerk]]`, `[[gedeelde-initiatieven]]`, `[[good-practice]]`, `[[passende-good-practices]]`,
/// `[[knelpunten omvang]]`, `[[knelpunten sector]]`, `[[waarschuwingen]]`.
struct ProvinceDocument {
    var blocks: [ProvinceBlock]

    static func parse(_ markdown: String, diagnostics: inout Diagnostics, file: String) -> ProvinceDocument {
        var blocks: [ProvinceBlock] = []
        var prose: [Substring] = []
        func flush() {
            let text = prose.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { blocks.append(.prose(text)) }
            prose = []
        }
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let level = trimmed.prefix { $0 == "#" }.count
            if (1...6).contains(level), trimmed.dropFirst(level).first == " " {
                flush()
                blocks.append(.heading(level: level, text: trimmed.dropFirst(level).trimmingCharacters(in: .whitespaces)))
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
        return ProvinceDocument(blocks: blocks)
    }

    private static func marker(_ name: String) -> ProvinceBlock? {
        let parts = name.split(separator: " ").map(String.init)
        switch (parts.first ?? "", parts.count) {
        case ("figuur", 2):
            guard let id = FigureID(rawValue: parts[1]), ProvinceComparisonBuilder.figures.contains(id) else { return nil }
            return .figure(id)
        case ("kerncijfers", 1): return .keyFigures
        case ("aanbieders", 1): return .providers
        case ("netwerk", 1): return .network
        case ("gedeelde-initiatieven", 1): return .sharedInitiatives
        case ("good-practice", 1): return .goodPractices
        case ("passende-good-practices", 1): return .matchingPractices
        case ("knelpunten", 2) where parts[1] == "omvang": return .gaps(.size)
        case ("knelpunten", 2) where parts[1] == "sector": return .gaps(.sector)
        case ("waarschuwingen", 1): return .warnings
        default: return nil
        }
    }

    var contents: [(level: Int, text: String)] {
        blocks.compactMap { block in
            if case .heading(let level, let text) = block, level <= 3 { return (level, text) }
            return nil
        }
    }
}
