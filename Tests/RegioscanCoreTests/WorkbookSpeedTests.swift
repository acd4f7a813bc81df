import Foundation
import Testing
@testable import RegioscanCore

/// What made every workbook cell expensive, and the checks that every cell passes, stay cheap.
@Suite("Werkboeken: kosten per cel")
struct WorkbookSpeedTests {
    /// A format without properties equals libxlsxwriter's default, whose index the library never caches: every
    /// plain cell hashed the format struct again. Plain cells therefore get no format at all, and look the same.
    @Test func plainCellsGetNoFormatAndKeepTheDefaultStyle() throws {
        let folder = NSTemporaryDirectory() + "regioscan-xlsx-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let workbook = try XLSXWorkbook(path: folder + "/Utrecht.xlsx", properties: WorkbookFaultTests.properties,
                                        constantMemory: false)
        let sheet = try workbook.addWorksheet("Blad")
        for row in 0..<3 { try sheet.write("tekst \(row)", row: row, column: 0) }
        #expect(workbook.formatCount == 0)
        try sheet.write(12, row: 0, column: 1, format: .integer)
        try sheet.write("kop", row: 0, column: 2, format: .header)
        #expect(workbook.formatCount == 2)
        try workbook.close()
        let reader = try XLSXReader(path: folder + "/Utrecht.xlsx")
        let xml = String(decoding: try #require(reader.parts["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        #expect(xml.contains("<c r=\"A1\" t=\"s\">"), "\(xml)")
        #expect(xml.contains("<c r=\"B1\" s=\"1\">"), "\(xml)")
        #expect(reader.allText.contains("tekst 2"))
    }

    @Test func cellLimitsDecideOnBytesAndStillCountUTF16() {
        // 20,000 × "é" is 40,000 UTF-8 bytes but 20,000 UTF-16 units: it fits.
        #expect(XLSXLimits.truncated(String(repeating: "é", count: 20_000)) == nil)
        #expect(XLSXLimits.truncated(String(repeating: "a", count: XLSXLimits.maximumStringLength)) == nil)
        let emoji = String(repeating: "😀", count: 20_000)
        #expect(XLSXLimits.truncated(emoji)?.utf16.count == XLSXLimits.maximumStringLength - 1)
        #expect(XLSXLimits.withoutControlCharacters("é\u{01}x\tñ\n") == "é x\tñ\n")
        #expect(XLSXLimits.withoutControlCharacters("Zürich – één") == "Zürich – één")
    }
}
