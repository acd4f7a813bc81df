import Foundation
import Testing
@testable import RegioscanCore

/// `XLSXRowStream` writes rows into a constant-memory sheet itself; the sheet must have exactly the bytes that
/// libxlsxwriter writes for the same cells, including the escapes and the formats' numbers.
@Suite("Werkboeken: rijen rechtstreeks geschreven")
struct XLSXRowStreamTests {
    static let texts = [
        "gewoon", "a & b < c > d", " voorloopspatie", "naloopspatie ", "\tmet tab", "regel\nregel\n",
        "wagen\r\nterug", "stuur\u{1}teken\u{1F}", "_x0041_ blijft", "Coöperatie “Één” 🚀", "\"aanhalingstekens\" 'en'",
        "]]> <![CDATA[", "=HYPERLINK(\"x\")", String(repeating: "é", count: 40_000), "\u{2028}", "",
    ]

    /// Rows as the activity sheet has them: text, integers (with a format), gaps, and a percent and decimal.
    static func rows() -> [[TableCell]] {
        var rows: [[TableCell]] = []
        for (index, text) in texts.enumerated() {
            rows.append([.text(text), .empty, .integer(Int64(index * 1_000)), .text("\(index)"), .percent(0.125),
                         .decimal(Double(index) / 3), .integer(-7), .integer(12_345_678_901_234_567)])
        }
        rows.append([.empty, .empty])
        rows.append([.text("na een lege rij")])
        return rows
    }

    /// Title and header through the library, the rows one way or the other, then a line through the library.
    private func write(streaming: Bool, to path: String) throws -> [Int] {
        let workbook = try XLSXWorkbook(path: path, properties: WorkbookFaultTests.properties, constantMemory: true)
        let sheet = try workbook.addWorksheet("Activiteiten")
        try sheet.write("Titel", row: 0, column: 0, format: .title)
        for column in 0..<8 { try sheet.write("kolom \(column)", row: 2, column: column, format: .header) }
        var cut: [Int] = []
        let rows = Self.rows()
        if streaming {
            var stream = XLSXRowStream(worksheet: sheet)
            stream.begin()
            for (index, cells) in rows.enumerated() {
                cut += try stream.write(row: 3 + index, cells: cells).map { _ in index }
            }
            try stream.end()
        } else {
            for (index, cells) in rows.enumerated() {
                for (column, cell) in cells.enumerated() {
                    switch cell {
                    case .text(let text): if try sheet.write(text, row: 3 + index, column: column) { cut.append(index) }
                    case .integer(let value): try sheet.write(Double(value), row: 3 + index, column: column, format: .integer)
                    case .percent(let value): try sheet.write(value, row: 3 + index, column: column, format: .percent)
                    case .decimal(let value): try sheet.write(value, row: 3 + index, column: column, format: .decimal)
                    default: break
                    }
                }
            }
        }
        try sheet.autofilter(firstRow: 2, lastRow: 2 + rows.count, columns: 8)
        try sheet.write("Einde", row: 4 + rows.count, column: 1, format: .note)
        try workbook.close()
        return cut
    }

    @Test func streamedRowsHaveTheLibrarysBytes() throws {
        let folder = try TemporaryFolder.make("regioscan-stream")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let libraryCut = try write(streaming: false, to: folder + "/bibliotheek.xlsx")
        let streamCut = try write(streaming: true, to: folder + "/stroom.xlsx")
        #expect(libraryCut == streamCut)
        #expect(!streamCut.isEmpty)
        let library = try XLSXReader(path: folder + "/bibliotheek.xlsx")
        let stream = try XLSXReader(path: folder + "/stroom.xlsx")
        #expect(Set(library.parts.keys) == Set(stream.parts.keys))
        for (name, data) in library.parts {
            #expect(stream.parts[name] == data, "\(name)")
        }
        let sheetData = try #require(stream.parts["xl/worksheets/sheet1.xml"])
        let sheet = String(decoding: sheetData, as: UTF8.self)
        #expect(sheet.contains("a &amp; b &lt; c &gt; d"))
        #expect(sheet.contains("<t xml:space=\"preserve\"> voorloopspatie</t>"))
        #expect(sheet.contains("wagen_x000D_"))
        #expect(sheet.contains("<dimension ref=\"A1:H23\"/>"))
    }

    @Test func aLinkIsRefused() throws {
        let folder = try TemporaryFolder.make("regioscan-stream")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let workbook = try XLSXWorkbook(path: folder + "/x.xlsx", properties: WorkbookFaultTests.properties, constantMemory: true)
        var stream = XLSXRowStream(worksheet: try workbook.addWorksheet("Blad"))
        stream.begin()
        #expect(throws: XLSXError.self) { try stream.write(row: 0, cells: [.sheetLink(text: "x", sheet: "Blad")]) }
        try workbook.close()
    }
}
