import Foundation
import ZIPFoundation

/// A minimal .xlsx built from XML strings with ZIPFoundation, for reader tests that need exact control over the
/// parts: merged cells, formulas, rich text, hidden sheets, odd part names, hostile XML.
struct HandMadeWorkbook {
    struct Sheet {
        var name: String
        var xml: String
        var state: String = "visible"
        /// The part's name under `xl/`, deliberately not `sheetN.xml` in some tests.
        var part: String
    }

    var sheets: [Sheet] = []
    var sharedStrings: String?
    var styles: String?
    var date1904 = false
    /// Parts added or replaced as they are (path → content).
    var extraParts: [String: [UInt8]] = [:]

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A sheet whose rows are given as cell XML (`<c r="A1" t="inlineStr"><is><t>x</t></is></c>`).
    static func sheetXML(rows: [String], merges: [String] = []) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"\(main)\"><sheetData>"
        for (index, row) in rows.enumerated() { xml += "<row r=\"\(index + 1)\">\(row)</row>" }
        xml += "</sheetData>"
        if !merges.isEmpty {
            xml += "<mergeCells count=\"\(merges.count)\">" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        }
        return xml + "</worksheet>"
    }

    /// Inline-string cells for a row of texts, starting in column A of row `row`.
    static func textRow(_ values: [String], row: Int) -> String {
        values.enumerated().map { index, value in
            value.isEmpty ? "" : "<c r=\"\(letters(index))\(row)\" t=\"inlineStr\"><is><t>\(escape(value))</t></is></c>"
        }.joined()
    }

    static func letters(_ column: Int) -> String {
        var number = column + 1
        var text = ""
        while number > 0 {
            text = String(UnicodeScalar(UInt8(65 + (number - 1) % 26))) + text
            number = (number - 1) / 26
        }
        return text
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    func parts() -> [String: [UInt8]] {
        var parts: [String: String] = [:]
        var overrides = sheets.map {
            "<Override PartName=\"/xl/\($0.part)\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        overrides.append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
        parts["[Content_Types].xml"] = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" + overrides.joined() + "</Types>"
        parts["_rels/.rels"] = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(Self.relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
        // Relationship ids in reverse order of the sheets: the reader must follow them, not count.
        var relations: [String] = []
        var sheetElements: [String] = []
        for (index, sheet) in sheets.enumerated() {
            let id = "rId\(100 - index)"
            relations.append("<Relationship Id=\"\(id)\" Type=\"\(Self.relationships)/worksheet\" Target=\"\(sheet.part)\"/>")
            sheetElements.append("<sheet name=\"\(Self.escape(sheet.name))\" sheetId=\"\(index + 1)\" state=\"\(sheet.state)\" r:id=\"\(id)\"/>")
        }
        if let sharedStrings {
            parts["xl/sharedStrings.xml"] = sharedStrings
            relations.append("<Relationship Id=\"rId1\" Type=\"\(Self.relationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>")
        }
        if let styles {
            parts["xl/styles.xml"] = styles
            relations.append("<Relationship Id=\"rId2\" Type=\"\(Self.relationships)/styles\" Target=\"/xl/styles.xml\"/>")
        }
        parts["xl/_rels/workbook.xml.rels"] = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + relations.joined() + "</Relationships>"
        parts["xl/workbook.xml"] = "<?xml version=\"1.0\"?><workbook xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relationships)\">"
            + (date1904 ? "<workbookPr date1904=\"1\"/>" : "") + "<sheets>" + sheetElements.joined() + "</sheets></workbook>"
        for sheet in sheets { parts["xl/" + sheet.part] = sheet.xml }
        var bytes = parts.mapValues { Array($0.utf8) }
        for (path, content) in extraParts { bytes[path] = content }
        return bytes
    }

    func bytes() throws -> [UInt8] {
        try Self.zip(parts())
    }

    static func zip(_ parts: [String: [UInt8]]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for path in parts.keys.sorted() {
            let data = Data(parts[path]!)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data!)
    }

    /// A one-sheet workbook of inline-string rows.
    static func single(_ rows: [[String]], sheet: String = "Activiteiten") throws -> [UInt8] {
        let xml = sheetXML(rows: rows.enumerated().map { textRow($0.element, row: $0.offset + 1) })
        return try HandMadeWorkbook(sheets: [Sheet(name: sheet, xml: xml, part: "worksheets/sheet1.xml")]).bytes()
    }
}
