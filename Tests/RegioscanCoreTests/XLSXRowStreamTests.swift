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
        // Over Excel's limit in bytes, within it in UTF-16 units: not cut.
        String(repeating: "é", count: 20_000),
        // One character longer than the limit: nothing of it fits, so the cell stays empty, as in the library.
        "e" + String(repeating: "\u{301}", count: 40_000),
    ] + escapesAtEveryPlace

    /// Each character that is escaped or kept at every place of texts that are read eight bytes at a time.
    static let escapesAtEveryPlace: [String] = ["&", "<", ">", "\r", "\u{1}", "\u{1F}", "\t", "\n", "?", "é"].flatMap { special in
        (0..<19).map { place in
            let base = Array("Coöperatie 2024 ok")
            return String(base[..<min(place, base.count)]) + special + String(base[min(place, base.count)...])
        }
    }

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

    /// `deferredBytes`: deferred, with each text handed over as UTF-8 bytes (`TableRowWriter.text(utf8:)`).
    enum Mode {
        case library, stream, deferred, deferredBytes
    }

    /// Title and header through the library, then the rows in one of three ways. Deferred rows go into the zip
    /// when the workbook closes and must end their sheet; the other two are followed by a line of the library.
    private func write(_ mode: Mode, ending: Bool, to path: String) throws -> [Int] {
        let workbook = try XLSXWorkbook(path: path, properties: WorkbookFaultTests.properties, constantMemory: true)
        let sheet = try workbook.addWorksheet("Activiteiten")
        try sheet.write("Titel", row: 0, column: 0, format: .title)
        for column in 0..<8 { try sheet.write("kolom \(column)", row: 2, column: column, format: .header) }
        var cut: [Int] = []
        let rows = Self.rows()
        if mode == .deferred || mode == .deferredBytes {
            workbook.deferRows(try XLSXDeferredRows(worksheet: sheet, firstRow: 3, count: rows.count, columns: 8) { index, stream in
                for cell in rows[index] {
                    guard mode == .deferredBytes, case .text(var text) = cell else {
                        stream.write([cell])
                        continue
                    }
                    text.withUTF8 { stream.text(utf8: $0) }
                }
            })
            try sheet.autofilter(firstRow: 2, lastRow: 2 + rows.count, columns: 8)
            try workbook.close()
            // Rows counted from the first data row, as the other modes count them.
            return workbook.deferredTruncations.map { reference in
                Int(String(reference.reversed().prefix(while: \.isNumber).reversed()))! - 4
            }
        }
        if mode == .stream {
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
        if ending { try sheet.write("Einde", row: 4 + rows.count, column: 1, format: .note) }
        try workbook.close()
        return cut
    }

    /// Writes the rows through the library and in `mode`, expects the same cut cells and the same bytes in every
    /// part of the two workbooks, and returns the second.
    private func expectLibrarysBytes(_ mode: Mode, ending: Bool) throws -> XLSXReader {
        let folder = try TemporaryFolder.make("regioscan-stream")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let libraryCut = try write(.library, ending: ending, to: folder + "/bibliotheek.xlsx")
        let otherCut = try write(mode, ending: ending, to: folder + "/ander.xlsx")
        #expect(libraryCut == otherCut)
        #expect(!otherCut.isEmpty)
        let library = try XLSXReader(path: folder + "/bibliotheek.xlsx")
        let other = try XLSXReader(path: folder + "/ander.xlsx")
        #expect(Set(library.parts.keys) == Set(other.parts.keys))
        for (name, data) in library.parts {
            #expect(other.parts[name] == data, "\(name)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/.ander.xlsx.deel"))
        return other
    }

    @Test func streamedRowsHaveTheLibrarysBytes() throws {
        let stream = try expectLibrarysBytes(.stream, ending: true)
        let sheetData = try #require(stream.parts["xl/worksheets/sheet1.xml"])
        let sheet = String(decoding: sheetData, as: UTF8.self)
        #expect(sheet.contains("a &amp; b &lt; c &gt; d"))
        #expect(sheet.contains("<t xml:space=\"preserve\"> voorloopspatie</t>"))
        #expect(sheet.contains("wagen_x000D_"))
        #expect(sheet.contains("<dimension ref=\"A1:H\(Self.rows().count + 5)\"/>"))
    }

    @Test func deferredRowsHaveTheLibrarysBytes() throws {
        _ = try expectLibrarysBytes(.deferred, ending: false)
    }

    @Test func textsGivenAsBytesHaveTheLibrarysBytes() throws {
        _ = try expectLibrarysBytes(.deferredBytes, ending: false)
    }

    /// Two workbooks closed at once on two threads: each gets its own rows.
    @Test func deferredRowsOfWorkbooksClosedAtOnceStayApart() throws {
        let folder = try TemporaryFolder.make("regioscan-stream")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let names = (0..<4).map { "\(folder)/boek\($0).xlsx" }
        DispatchQueue.concurrentPerform(iterations: names.count) { index in
            let workbook = try! XLSXWorkbook(path: names[index], properties: WorkbookFaultTests.properties, constantMemory: true)
            let sheet = try! workbook.addWorksheet("Blad")
            try! sheet.write("kop", row: 0, column: 0)
            workbook.deferRows(try! XLSXDeferredRows(worksheet: sheet, firstRow: 1, count: 20_000, columns: 1) { row, stream in
                stream.text("boek \(index) rij \(row)")
            })
            try! workbook.close()
        }
        for (index, name) in names.enumerated() {
            let text = try XLSXReader(path: name).allText
            #expect(text.contains("boek \(index) rij 19999"))
            #expect(!text.contains("boek \((index + 1) % names.count) rij"))
        }
    }

    /// On this toolchain libxlsxwriter reaches minizip through the dynamic linker, so the rows go into the zip.
    @Test func rowsReachTheZipWithThisLibrary() {
        #expect(XLSXDeferredRows.isAvailable)
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
