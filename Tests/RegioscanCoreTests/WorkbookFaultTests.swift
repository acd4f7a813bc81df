import Foundation
import Testing
@testable import RegioscanCore

@Suite("Werkboeken: fouten en grote provincies")
struct WorkbookFaultTests {
    static let properties = XLSXWorkbook.Properties(title: "t", subject: "s", author: "a", company: "c", created: 1_700_000_000)

    @Test func aWorkbookAbandonedOnAnErrorLeavesNoFile() throws {
        let folder = NSTemporaryDirectory() + "regioscan-xlsx-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func writeUntilError() throws {
            let workbook = try XLSXWorkbook(path: folder + "/Utrecht.xlsx", properties: Self.properties, constantMemory: false)
            try workbook.addWorksheet("Overzicht").write("tekst", row: 0, column: 0)
            // libxlsxwriter refuses a sheet name over 31 characters.
            _ = try workbook.addWorksheet(String(repeating: "x", count: 40))
            try workbook.close()
        }
        #expect(throws: XLSXError.self) { try writeUntilError() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
    }

    @Test func aClosedWorkbookIsWrittenUnderItsOwnName() throws {
        let folder = NSTemporaryDirectory() + "regioscan-xlsx-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let workbook = try XLSXWorkbook(path: folder + "/Utrecht.xlsx", properties: Self.properties, constantMemory: true)
        try workbook.addWorksheet("Overzicht").write("tekst", row: 0, column: 0)
        try workbook.close()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["Utrecht.xlsx"])
        #expect(try XLSXReader(path: folder + "/Utrecht.xlsx").allText.contains("tekst"))
    }

    /// One large province among small ones: its workbook streams, the others keep their Excel table.
    @Test func aProvinceWorkbookChoosesConstantMemoryFromItsOwnRows() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        let rows = (1...6).map { FixtureCSV.row("UT-00\($0)", "Initiatief \($0)") }
            + [FixtureCSV.row("ZE-001", "Zeeuws", province: "Zeeland")]
        try input.write("landelijk.csv", FixtureCSV.semicolon(rows: rows))
        let dataset = try #require(try input.load().dataset)
        var diagnostics = Diagnostics()
        let templates = try #require(ReportTemplates.load(folder: ProjectPaths.templates, diagnostics: &diagnostics))
        let materials = ReportMaterials(dataset: dataset, figures: FigureSet(dataset: dataset), templates: templates)
        var renderer = WorkbookRenderer(materials: materials, created: 1_700_000_000)
        // Above the national average (7 / 12) and below Utrecht's 6 rows.
        renderer.constantMemoryThreshold = 3
        #expect(renderer.activityCount(.province("Utrecht")) == 6)
        #expect(renderer.activityCount(.province("Zeeland")) == 1)
        #expect(renderer.usesConstantMemory(.province("Utrecht")))
        #expect(!renderer.usesConstantMemory(.province("Zeeland")))
        #expect(renderer.usesConstantMemory(.national))

        let folder = NSTemporaryDirectory() + "regioscan-xlsx-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try renderer.write(into: folder)
        let utrecht = try XLSXReader(path: folder + "/werkboeken/Utrecht.xlsx")
        let zeeland = try XLSXReader(path: folder + "/werkboeken/Zeeland.xlsx")
        #expect(utrecht.tables("Activiteiten") == [], "streamed: a filter instead of a table")
        #expect(zeeland.tables("Activiteiten") == ["Activiteiten"])
    }
}
