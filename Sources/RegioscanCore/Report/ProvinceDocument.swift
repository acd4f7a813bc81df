/// A province report as blocks, from its rendered body template, so that the Markdown and HTML files say the
/// same. Placeholders on a line of their own: `[[figuur 06]]`, `[[kerncijfers]]`, `[[aanbieders]]`,
/// `[[netwerk]]`, `[[gedeelde-initiatieven]]`, `[[good-practice]]`, `[[passende-good-practices]]`,
/// `[[knelpunten omvang]]`, `[[knelpunten sector]]`, `[[waarschuwingen]]`.
struct ProvinceDocument {
    var blocks: [ProvinceBlock]

    static func parse(_ markdown: String, diagnostics: inout Diagnostics, file: String) -> ProvinceDocument {
        ProvinceDocument(blocks: TemplateBlockParser.parse(markdown, diagnostics: &diagnostics, file: file,
                                                           heading: ProvinceBlock.heading, prose: ProvinceBlock.prose,
                                                           marker: marker))
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
        TemplateBlockParser.contents(blocks) {
            if case .heading(let level, let text) = $0 { return (level, text) } else { return nil }
        }
    }
}
