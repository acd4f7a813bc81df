import Foundation
import Yams

/// Loads `Input/taxonomie/`: one YAML file per vocabulary, plus `algemeen.yaml` and `kolommen.yaml`.
/// Every problem is reported with file and line; a taxonomy with errors gives `nil`.
public enum TaxonomyLoader {
    public static let generalFile = "algemeen.yaml"
    public static let columnsFile = "kolommen.yaml"

    public static func load(folder: String, diagnostics: inout Diagnostics) -> Taxonomy? {
        var local = Diagnostics()
        let unspecified = loadGeneral(folder: folder, diagnostics: &local)
        var dimensions: [DimensionID: Dimension] = [:]
        for id in DimensionID.allCases {
            if let dimension = loadDimension(id, folder: folder, unspecifiedPhrases: unspecified, diagnostics: &local) {
                dimensions[id] = dimension
            }
        }
        var vocabularies: [OpenVocabularyID: OpenVocabulary] = [:]
        for id in OpenVocabularyID.allCases {
            if let vocabulary = loadOpenVocabulary(id, folder: folder, diagnostics: &local) {
                vocabularies[id] = vocabulary
            }
        }
        let aliases = loadColumnAliases(folder: folder, diagnostics: &local)
        let framework = FrameworkLoader.load(folder: folder, dimensions: dimensions, vocabularies: vocabularies,
                                             diagnostics: &local)
        diagnostics.append(contentsOf: local)
        guard !local.hasErrors else { return nil }
        var taxonomy = Taxonomy(dimensions: dimensions, openVocabularies: vocabularies, columnAliases: aliases)
        taxonomy.framework = framework
        return taxonomy
    }

    static func path(_ folder: String, _ name: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }

    static func loadGeneral(folder: String, diagnostics: inout Diagnostics) -> [String] {
        let file = path(folder, generalFile)
        guard let source = YAMLSource.load(path: file, displayPath: file, kind: .taxonomy, diagnostics: &diagnostics),
              let map = YAMLMap(source.root, in: source, kind: .taxonomy, diagnostics: &diagnostics) else { return [] }
        map.warnAboutUnknownKeys(allowed: ["ongespecificeerd"], diagnostics: &diagnostics)
        return map.strings("ongespecificeerd", diagnostics: &diagnostics)
    }

    static func loadDimension(
        _ id: DimensionID, folder: String, unspecifiedPhrases: [String], diagnostics: inout Diagnostics
    ) -> Dimension? {
        let file = path(folder, id.rawValue + ".yaml")
        guard let source = YAMLSource.load(path: file, displayPath: file, kind: .taxonomy, diagnostics: &diagnostics),
              let map = YAMLMap(source.root, in: source, kind: .taxonomy, diagnostics: &diagnostics) else { return nil }
        map.warnAboutUnknownKeys(allowed: ["naam", "ongespecificeerd", "groepen", "klassen", "categorieen"],
                                 diagnostics: &diagnostics)
        let title = map.string("naam", diagnostics: &diagnostics, required: true) ?? id.rawValue
        let classNames = map.strings("klassen", diagnostics: &diagnostics)
        let groups = map.list("groepen", diagnostics: &diagnostics).compactMap { node -> CategoryGroup? in
            guard let group = YAMLMap(node, in: source, kind: .taxonomy, diagnostics: &diagnostics) else { return nil }
            group.warnAboutUnknownKeys(allowed: ["label", "samenvoegen"], diagnostics: &diagnostics)
            guard let label = group.string("label", diagnostics: &diagnostics, required: true) else { return nil }
            return CategoryGroup(label: label, merged: group.boolean("samenvoegen", diagnostics: &diagnostics) ?? false)
        }
        var unspecifiedLabel: String?
        var unspecifiedAliases = unspecifiedPhrases
        if let node = map.value("ongespecificeerd"), !node.isNull,
           let entry = YAMLMap(node, in: source, kind: .taxonomy, diagnostics: &diagnostics) {
            entry.warnAboutUnknownKeys(allowed: ["label", "aliassen"], diagnostics: &diagnostics)
            unspecifiedLabel = entry.string("label", diagnostics: &diagnostics, required: true)
            unspecifiedAliases += entry.strings("aliassen", diagnostics: &diagnostics)
        }
        let categoryNodes = map.list("categorieen", diagnostics: &diagnostics, required: true)
        if categoryNodes.isEmpty, map.value("categorieen") != nil {
            diagnostics.error(.taxonomy, at: source.location(map.node), Messages.noCategories("categorieen"))
        }
        var categories: [(Category, Node)] = []
        for node in categoryNodes {
            if let category = loadCategory(node, in: source, groups: groups, classNames: classNames,
                                           diagnostics: &diagnostics) {
                categories.append((category, node))
            }
        }
        checkUniqueKeys(categories, in: source, diagnostics: &diagnostics)
        return Dimension(id: id, title: title, categories: categories.map(\.0), groups: groups,
                         unspecifiedLabel: unspecifiedLabel, unspecifiedAliases: unspecifiedAliases,
                         classNames: classNames)
    }

    static let classFields = ["bereik", "inspanning"]

    static func loadCategory(
        _ node: Node, in source: YAMLSource, groups: [CategoryGroup], classNames: [String],
        diagnostics: inout Diagnostics
    ) -> Category? {
        guard let map = YAMLMap(node, in: source, kind: .taxonomy, diagnostics: &diagnostics) else { return nil }
        map.warnAboutUnknownKeys(allowed: Set(["code", "label", "groep", "uitleg", "aliassen"] + classFields),
                                 diagnostics: &diagnostics)
        guard let label = map.string("label", diagnostics: &diagnostics, required: true) else { return nil }
        let group = map.string("groep", diagnostics: &diagnostics)
        if let group, !groups.contains(where: { $0.label == group }) {
            diagnostics.error(.taxonomy, at: source.location(map.value("groep")!), Messages.unknownGroup(group))
        }
        var classes: [String: Int] = [:]
        for field in classFields {
            guard let value = map.string(field, diagnostics: &diagnostics) else { continue }
            if let position = classNames.firstIndex(where: { $0.matchKey == value.matchKey }) {
                classes[field] = position + 1
            } else {
                diagnostics.error(.taxonomy, at: source.location(map.value(field)!),
                                  Messages.unknownClass(field, value, classes: classNames))
            }
        }
        return Category(codes: map.strings("code", diagnostics: &diagnostics), label: label, group: group,
                        aliases: map.strings("aliassen", diagnostics: &diagnostics),
                        explanation: map.string("uitleg", diagnostics: &diagnostics), classes: classes)
    }

    /// A label, alias or code that points at two categories would make matching depend on file order.
    static func checkUniqueKeys(_ categories: [(Category, Node)], in source: YAMLSource, diagnostics: inout Diagnostics) {
        var owner: [String: String] = [:]
        for (category, node) in categories {
            for name in Set(category.codes + [category.label] + category.aliases) {
                let key = name.matchKey
                if let first = owner[key], first != category.label {
                    diagnostics.error(.taxonomy, at: source.location(node),
                                      Messages.duplicateTaxonomyKey(name, first: first, second: category.label))
                } else {
                    owner[key] = category.label
                }
            }
        }
    }

    static func loadOpenVocabulary(_ id: OpenVocabularyID, folder: String, diagnostics: inout Diagnostics) -> OpenVocabulary? {
        let file = path(folder, id.rawValue + ".yaml")
        guard let source = YAMLSource.load(path: file, displayPath: file, kind: .taxonomy, diagnostics: &diagnostics),
              let map = YAMLMap(source.root, in: source, kind: .taxonomy, diagnostics: &diagnostics) else { return nil }
        map.warnAboutUnknownKeys(allowed: ["naam", "labels"], diagnostics: &diagnostics)
        let title = map.string("naam", diagnostics: &diagnostics, required: true) ?? id.rawValue
        var entries: [(label: String, aliases: [String])] = []
        var nodes: [(Category, Node)] = []
        var national: [String] = []
        for node in map.list("labels", diagnostics: &diagnostics) {
            guard let entry = YAMLMap(node, in: source, kind: .taxonomy, diagnostics: &diagnostics) else { continue }
            entry.warnAboutUnknownKeys(allowed: ["label", "aliassen", "landelijk"], diagnostics: &diagnostics)
            guard let label = entry.string("label", diagnostics: &diagnostics, required: true) else { continue }
            let aliases = entry.strings("aliassen", diagnostics: &diagnostics)
            entries.append((label, aliases))
            if entry.boolean("landelijk", diagnostics: &diagnostics) == true { national.append(label) }
            nodes.append((Category(label: label, aliases: aliases), node))
        }
        checkUniqueKeys(nodes, in: source, diagnostics: &diagnostics)
        var vocabulary = OpenVocabulary(id: id, title: title, entries: entries)
        vocabulary.national = national
        return vocabulary
    }

    static func loadColumnAliases(folder: String, diagnostics: inout Diagnostics) -> [Column: [String]] {
        let file = path(folder, columnsFile)
        guard let source = YAMLSource.load(path: file, displayPath: file, kind: .taxonomy, diagnostics: &diagnostics),
              let map = YAMLMap(source.root, in: source, kind: .taxonomy, diagnostics: &diagnostics) else { return [:] }
        map.warnAboutUnknownKeys(allowed: Set(Column.allCases.map(\.rawValue)), diagnostics: &diagnostics)
        var aliases: [Column: [String]] = [:]
        for column in Column.allCases {
            let names = map.strings(column.rawValue, diagnostics: &diagnostics)
            if !names.isEmpty { aliases[column] = names }
        }
        return aliases
    }
}
