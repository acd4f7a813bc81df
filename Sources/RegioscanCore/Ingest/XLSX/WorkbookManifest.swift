/// The parts of a workbook that matter for reading one sheet, found through the relationships
/// (`_rels/.rels` → workbook → `workbook.xml.rels`), never by guessing file names.
struct WorkbookManifest {
    struct Sheet: Equatable {
        var name: String
        var path: String
        var hidden: Bool
    }

    static let preferredSheet = "Activiteiten"

    /// Worksheets in workbook order (chart sheets and dialog sheets left out).
    var sheets: [Sheet] = []
    var sharedStrings: String?
    var styles: String?
    /// Dates count from 1904 instead of 1900 (old Mac workbooks).
    var date1904 = false

    init(archive: WorkbookArchive) throws(XLSXDeliveryFailure) {
        let root = try Self.relationships(archive, "_rels/.rels")
        let workbook = root.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        let workbookPath = Self.resolve(workbook, from: "")
        let folder = Self.folder(of: workbookPath)
        let relations = try Self.relationships(archive, folder + "_rels/" + Self.fileName(of: workbookPath) + ".rels")
        var targets: [String: (type: String, path: String)] = [:]
        for relation in relations {
            targets[relation.id] = (relation.type, Self.resolve(relation.target, from: folder))
        }
        let collector = ElementCollector(["sheet", "workbookPr"])
        try Self.parse(archive, workbookPath, collector)
        if let flag = collector.elements.first(where: { $0.name == "workbookPr" })?.attributes["date1904"] {
            date1904 = flag == "1" || flag.lowercased() == "true"
        }
        for element in collector.elements where element.name == "sheet" {
            guard let id = element.attributes["id"], let target = targets[id], target.type.hasSuffix("/worksheet")
            else { continue }
            let state = element.attributes["state"] ?? "visible"
            sheets.append(Sheet(name: element.attributes["name"] ?? "", path: target.path, hidden: state != "visible"))
        }
        sharedStrings = relations.first { $0.type.hasSuffix("/sharedStrings") }.flatMap { targets[$0.id]?.path }
        styles = relations.first { $0.type.hasSuffix("/styles") }.flatMap { targets[$0.id]?.path }
    }

    /// The sheet named `Activiteiten` when there is a visible one, otherwise the first visible sheet.
    var chosenSheet: Sheet? {
        let visible = sheets.filter { !$0.hidden }
        let preferred = Self.preferredSheet.matchKey
        return visible.first { $0.name.matchKey == preferred } ?? visible.first
    }

    private struct Relation {
        var id: String
        var type: String
        var target: String
    }

    private static func relationships(_ archive: WorkbookArchive, _ path: String) throws(XLSXDeliveryFailure) -> [Relation] {
        guard archive.contains(path) else { return [] }
        let collector = ElementCollector(["Relationship"])
        try parse(archive, path, collector)
        return collector.elements.compactMap { element in
            // External targets (links to web pages) are no parts of the package.
            guard element.attributes["TargetMode"] != "External",
                  let id = element.attributes["Id"], let target = element.attributes["Target"] else { return nil }
            return Relation(id: id, type: element.attributes["Type"] ?? "", target: target)
        }
    }

    static func parse(_ archive: WorkbookArchive, _ path: String, _ handler: SAXHandler) throws(XLSXDeliveryFailure) {
        let parser = SAXParser(handler: handler)
        do {
            try archive.stream(path) { parser.feed($0) }
        } catch {
            throw .archive(error)
        }
        if let failure = parser.finish() { throw .xml(part: path, failure) }
    }

    /// A target relative to the folder of the part that names it; `/xl/…` is absolute; `..` climbs.
    static func resolve(_ target: String, from folder: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : folder + target
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return parts.joined(separator: "/")
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
