import Foundation

/// Loads `kader.yaml`, the framework of figure 1. The file is optional: without it the report has no figure 1.
/// A dimension names the lists that fill it by file name (`sector`, `knelpunt`); the figure shows their `naam`,
/// so renaming a list in its own file renames it in the figure too.
enum FrameworkLoader {
    static func load(folder: String, dimensions: [DimensionID: Dimension], vocabularies: [OpenVocabularyID: OpenVocabulary],
                     diagnostics: inout Diagnostics) -> ScanFramework? {
        let file = TaxonomyLoader.path(folder, ScanFramework.fileName)
        guard FileManager.default.fileExists(atPath: file),
              let source = YAMLSource.load(path: file, displayPath: file, kind: .taxonomy, diagnostics: &diagnostics),
              let map = YAMLMap(source.root, in: source, kind: .taxonomy, diagnostics: &diagnostics) else { return nil }
        map.warnAboutUnknownKeys(allowed: ["kanten", "dimensies"], diagnostics: &diagnostics)
        let sides = map.list("kanten", diagnostics: &diagnostics).compactMap { node -> ScanFramework.Side? in
            guard let entry = YAMLMap(node, in: source, kind: .taxonomy, diagnostics: &diagnostics) else { return nil }
            entry.warnAboutUnknownKeys(allowed: ["label", "uitleg"], diagnostics: &diagnostics)
            guard let label = entry.string("label", diagnostics: &diagnostics, required: true) else { return nil }
            return ScanFramework.Side(label: label, explanation: entry.string("uitleg", diagnostics: &diagnostics))
        }
        let dimensionNodes = map.list("dimensies", diagnostics: &diagnostics, required: true)
        let entries = dimensionNodes.compactMap { node -> FrameworkDimension? in
            guard let entry = YAMLMap(node, in: source, kind: .taxonomy, diagnostics: &diagnostics) else { return nil }
            entry.warnAboutUnknownKeys(allowed: ["label", "kant", "lijsten", "onderdelen"], diagnostics: &diagnostics)
            guard let label = entry.string("label", diagnostics: &diagnostics, required: true) else { return nil }
            let side = entry.string("kant", diagnostics: &diagnostics)
            if let side, !sides.contains(where: { $0.label == side }) {
                diagnostics.error(.taxonomy, at: source.location(node), Messages.unknownSide(side))
            }
            var parts: [String] = []
            for list in entry.strings("lijsten", diagnostics: &diagnostics) {
                if let id = DimensionID(rawValue: list) {
                    // A list whose own file is missing has its error already.
                    if let dimension = dimensions[id] { parts.append(dimension.title) }
                } else if let id = OpenVocabularyID(rawValue: list) {
                    if let vocabulary = vocabularies[id] { parts.append(vocabulary.title) }
                } else {
                    diagnostics.error(.taxonomy, at: source.location(node), Messages.unknownList(list))
                }
            }
            parts += entry.strings("onderdelen", diagnostics: &diagnostics)
            return FrameworkDimension(label: label, side: side, parts: parts)
        }
        return ScanFramework(sides: sides, dimensions: entries)
    }
}
