import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an .xlsx back for tests: sheet names, cell values, formulas, charts with their ranges, tables and panes.
struct XLSXReader {
    enum Value: Equatable {
        case text(String)
        case number(Double)
    }

    struct Chart {
        var types: [String]
        var categoryRanges: [String]
        var valueRanges: [String]
    }

    let parts: [String: Data]
    let sheets: [(name: String, path: String)]
    private let sharedStrings: [String]

    init(path: String) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        self.parts = parts
        let workbook = XMLDocumentSummary(parts["xl/workbook.xml"] ?? Data())
        let relations = XMLDocumentSummary(parts["xl/_rels/workbook.xml.rels"] ?? Data()).elements(named: "Relationship")
        sheets = workbook.elements(named: "sheet").map { sheet in
            let id = sheet.attributes["r:id"] ?? ""
            let target = relations.first { $0.attributes["Id"] == id }?.attributes["Target"] ?? ""
            return (sheet.attributes["name"] ?? "", "xl/" + target)
        }
        sharedStrings = XLSXReader.strings(parts["xl/sharedStrings.xml"])
    }

    var sheetNames: [String] { sheets.map(\.name) }

    func sheetPath(_ name: String) -> String? { sheets.first { $0.name == name }?.path }

    /// Every cell of a sheet by reference (`B7`).
    func cells(_ sheet: String) -> [String: Value] {
        guard let path = sheetPath(sheet), let data = parts[path] else { return [:] }
        return CellCollector(data, sharedStrings: sharedStrings).cells
    }

    /// The cells as a grid of rows (zero-based), for finding tables.
    func grid(_ sheet: String) -> [[Value?]] {
        var grid: [[Value?]] = []
        for (reference, value) in cells(sheet) {
            let (row, column) = XLSXReader.position(reference)
            while grid.count <= row { grid.append([]) }
            while grid[row].count <= column { grid[row].append(nil) }
            grid[row][column] = value
        }
        return grid
    }

    func formulaCount(_ sheet: String) -> Int {
        guard let path = sheetPath(sheet), let data = parts[path] else { return 0 }
        return XMLDocumentSummary(data).elements(named: "f").count
    }

    func sheetXML(_ sheet: String) -> String {
        sheetPath(sheet).flatMap { parts[$0] }.map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Charts drawn on a sheet, found through its drawing.
    func charts(_ sheet: String) -> [Chart] {
        chartParts(sheet).compactMap { target in
            guard let data = parts[target] else { return nil }
            let xml = XMLDocumentSummary(data)
            let types = xml.elements.map(\.name).filter { $0.hasSuffix("Chart") && $0 != "c:chart" && $0 != "c:plotArea" }
            let formulas = FormulaCollector(data)
            return Chart(types: types, categoryRanges: formulas.categories, valueRanges: formulas.values)
        }
    }

    /// The XML of each chart drawn on a sheet, for checks on axis settings.
    func chartXML(_ sheet: String) -> [String] {
        chartParts(sheet).compactMap { target in parts[target].map { String(decoding: $0, as: UTF8.self) } }
    }

    /// The paths of the chart parts a sheet's drawing points at.
    private func chartParts(_ sheet: String) -> [String] {
        guard let path = sheetPath(sheet) else { return [] }
        let folder = (path as NSString).deletingLastPathComponent
        let file = (path as NSString).lastPathComponent
        guard let drawing = relationTargets(folder + "/_rels/" + file + ".rels", base: folder).first(where: { $0.contains("drawing") }) else {
            return []
        }
        let drawingFolder = (drawing as NSString).deletingLastPathComponent
        let drawingFile = (drawing as NSString).lastPathComponent
        return relationTargets(drawingFolder + "/_rels/" + drawingFile + ".rels", base: drawingFolder)
    }

    /// Names of the Excel tables on a sheet.
    func tables(_ sheet: String) -> [String] {
        guard let path = sheetPath(sheet) else { return [] }
        let folder = (path as NSString).deletingLastPathComponent
        let file = (path as NSString).lastPathComponent
        return relationTargets(folder + "/_rels/" + file + ".rels", base: folder).filter { $0.contains("tables/") }.compactMap {
            parts[$0].flatMap { XMLDocumentSummary($0).elements(named: "table").first?.attributes["name"] }
        }
    }

    /// Every text in the workbook: shared strings and inline strings of all sheets.
    var allText: String {
        (sharedStrings + sheets.flatMap { sheet in cells(sheet.name).values.compactMap { value -> String? in
            if case .text(let text) = value { return text }
            return nil
        } }).joined(separator: "\n")
    }

    private func relationTargets(_ path: String, base: String) -> [String] {
        guard let data = parts[path] else { return [] }
        return XMLDocumentSummary(data).elements(named: "Relationship").compactMap { $0.attributes["Target"] }.map { target in
            var components = base.split(separator: "/").map(String.init)
            for part in target.split(separator: "/") {
                if part == ".." { components.removeLast() } else { components.append(String(part)) }
            }
            return components.joined(separator: "/")
        }
    }

    static func position(_ reference: String) -> (row: Int, column: Int) {
        var column = 0
        var digits = ""
        for character in reference {
            if character.isLetter {
                column = column * 26 + Int(character.asciiValue! - 64)
            } else {
                digits.append(character)
            }
        }
        return (Int(digits)! - 1, column - 1)
    }

    private static func strings(_ data: Data?) -> [String] {
        guard let data else { return [] }
        return SharedStringCollector(data).strings
    }
}

private final class SharedStringCollector: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current: String?
    private var inText = false

    init(_ data: Data) {
        super.init()
        parseXML(data, with: self)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "si" { current = "" }
        if name == "t" { inText = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current? += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "t" { inText = false }
        if name == "si", let text = current {
            strings.append(text)
            current = nil
        }
    }
}

private final class CellCollector: NSObject, XMLParserDelegate {
    var cells: [String: XLSXReader.Value] = [:]
    private let sharedStrings: [String]
    private var reference = ""
    private var type = ""
    private var text = ""
    private var collecting = false

    init(_ data: Data, sharedStrings: [String]) {
        self.sharedStrings = sharedStrings
        super.init()
        parseXML(data, with: self)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "c" {
            reference = attributes["r"] ?? ""
            type = attributes["t"] ?? ""
            text = ""
        }
        if name == "v" || name == "t" { collecting = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "v" || name == "t" { collecting = false }
        guard name == "c" else { return }
        switch type {
        case "s": if let index = Int(text), index < sharedStrings.count { cells[reference] = .text(sharedStrings[index]) }
        case "inlineStr", "str": cells[reference] = .text(text)
        default: if let number = Double(text) { cells[reference] = .number(number) }
        }
    }
}

private final class FormulaCollector: NSObject, XMLParserDelegate {
    var categories: [String] = []
    var values: [String] = []
    private var section = ""
    private var collecting = false
    private var text = ""

    init(_ data: Data) {
        super.init()
        parseXML(data, with: self)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if ["c:cat", "c:val", "c:xVal", "c:yVal"].contains(name) { section = name }
        if name == "c:f" {
            collecting = true
            text = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "c:f" {
            collecting = false
            if section == "c:cat" || section == "c:xVal" { categories.append(text) }
            if section == "c:val" || section == "c:yVal" { values.append(text) }
        }
        if ["c:cat", "c:val", "c:xVal", "c:yVal"].contains(name) { section = "" }
    }
}

/// Parses data with a delegate (each collector sets itself up, then reads).
private func parseXML(_ data: Data, with delegate: XMLParserDelegate) {
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    parser.parse()
}
