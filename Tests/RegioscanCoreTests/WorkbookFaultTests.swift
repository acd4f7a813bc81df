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

    /// More activities than fit on one sheet continue on `Activiteiten 2` and further, each part saying which
    /// activities it holds; the overview links every part, and no activity is lost or repeated.
    @Test func activitiesBeyondExcelsRowLimitContinueOnMoreSheets() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        let rows = (1...7).map { FixtureCSV.row("UT-00\($0)", "Initiatief \($0)") }
        try input.write("utrecht.csv", FixtureCSV.semicolon(rows: rows))
        let dataset = try #require(try input.load().dataset)
        var diagnostics = Diagnostics()
        let templates = try #require(ReportTemplates.load(folder: ProjectPaths.templates, diagnostics: &diagnostics))
        let materials = ReportMaterials(dataset: dataset, figures: FigureSet(dataset: dataset), templates: templates)
        var builder = WorkbookBuilder(materials: materials, subject: .national, warnings: WorkbookWarnings(dataset: dataset, perProvince: materials.provinceWarnings))
        builder.activityRowsPerSheet = 3
        let sheets = builder.sheets()
        let parts = sheets.filter { $0.name.hasPrefix("Activiteiten") }
        #expect(parts.map(\.name) == ["Activiteiten", "Activiteiten 2", "Activiteiten 3"])
        #expect(parts.map { $0.blocks[0].rowCount } == [3, 3, 1])
        #expect(parts[1].notes.contains { $0.hasPrefix("Deel 2 van 3: activiteiten 4 tot en met 6.") })
        let names = parts.flatMap { part in (0..<part.blocks[0].rowCount).map { part.blocks[0].row($0)[3].displayText } }
        #expect(names == dataset.activities.map(\.name))

        let folder = NSTemporaryDirectory() + "regioscan-xlsx-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try WorkbookWriter(properties: Self.properties, constantMemory: false).write(sheets, to: folder + "/Nederland.xlsx")
        let reader = try XLSXReader(path: folder + "/Nederland.xlsx")
        #expect(reader.tables("Activiteiten 3") == ["Activiteiten3"])
        #expect(reader.allText.contains("Activiteiten 7 tot en met 7 (deel 3 van 3)"), "the overview says what each part holds")
    }

    /// A long name from a user's `werkboek.yaml` still gives valid, distinct names for the further parts.
    @Test func furtherActivitySheetsGetValidNamesFromALongName() throws {
        var diagnostics = Diagnostics()
        var texts = try #require(ReportTemplates.load(folder: ProjectPaths.templates, diagnostics: &diagnostics)).workbookTexts
        texts.sheets["activiteiten"] = String(repeating: "Activiteitenoverzicht", count: 2)
        let sheetNames = WorkbookSheetNames(texts: texts)
        let names = sheetNames.activityParts(12)
        #expect(names.count == 12 && Set(names.map { $0.lowercased() }).count == 12)
        #expect(names.allSatisfy { $0.count <= XLSXLimits.maximumSheetNameLength })
        #expect(names[0] == sheetNames.activities && !names.contains { $0.lowercased() == sheetNames.providers.lowercased() })
    }

    /// The rows of each part: full parts, a last short one, and one empty part for no activities.
    @Test func activityPartsCoverEveryRowOnce() {
        #expect(ActivitySheetBuilder.parts(count: 0, rowsPerSheet: 5) == [0..<0])
        #expect(ActivitySheetBuilder.parts(count: 5, rowsPerSheet: 5) == [0..<5])
        #expect(ActivitySheetBuilder.parts(count: 11, rowsPerSheet: 5) == [0..<5, 5..<10, 10..<11])
        #expect(ActivitySheetBuilder.rowsPerSheet < XLSXLimits.maximumRows - 8)
    }
}
