import Foundation
import Testing
@testable import RegioscanCore

@Suite("Werkboeken", .serialized)
struct WorkbookTests {
    static let run: ReportRun = try! ReportRun.golden()
    static let provinces = ["Groningen", "Friesland", "Drenthe", "Overijssel", "Flevoland", "Gelderland", "Utrecht",
                            "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg"]
    static let templates: ReportTemplates = {
        var diagnostics = Diagnostics()
        return ReportTemplates.load(folder: ProjectPaths.templates, diagnostics: &diagnostics)!
    }()

    static func book(_ name: String) throws -> XLSXReader {
        try XLSXReader(path: run.folder + "/werkboeken/\(name).xlsx")
    }

    static func csv(_ name: String) throws -> [TableCSV.Row] {
        TableCSV.parse(try run.text("tabellen/\(name).csv")).rows
    }

    @Test func oneWorkbookForTheCountryAndOnePerProvince() {
        let files = Set(Self.run.allFiles().filter { $0.hasPrefix("werkboeken/") })
        #expect(files == Set((["Nederland"] + Self.provinces).map { "werkboeken/\($0).xlsx" }))
    }

    @Test func sheetList() throws {
        let expected = ["Overzicht", "Kerncijfers"] + FigureID.allCases.filter { $0 != .keyFigures }.map { "Figuur \($0.rawValue)" }
            + ["Activiteiten", "Aanbieders"]
        // Learning circles span provinces: only the national workbook has them.
        #expect(try Self.book("Nederland").sheetNames == expected + ["Leerkringen", "Validatie"])
        #expect(try Self.book("Utrecht").sheetNames == expected + ["Validatie"])
    }

    // MARK: Numbers equal the CSV tables

    @Test(arguments: ["06", "08", "09", "10", "11", "13", "15", "18"])
    func categoryFiguresEqualTheirTable(number: String) throws {
        let grid = SheetGrid(try Self.book("Nederland"), "Figuur \(number)")
        let header = try #require(grid.headerRows(containing: ["Nederland"] + Self.provinces).first)
        let rows = try Self.csv("figuur-\(number)")
        for row in rows {
            let line = try #require(grid.row(labelled: row.category, below: header.row), "\(row.category)")
            #expect(grid.number(line, header.columns[row.province]!) == row.value, "\(number) \(row.province) \(row.category)")
        }
        #expect(grid.dataRows(below: header.row).count == Set(rows.map(\.category)).count)
    }

    @Test(arguments: ["07", "12", "19", "20"])
    func provinceShareFiguresEqualTheirTable(number: String) throws {
        let rows = try Self.csv("figuur-\(number)")
        let grid = SheetGrid(try Self.book("Nederland"), "Figuur \(number)")
        let header = try #require(grid.headerRows(containing: Array(Set(rows.map(\.category)))).first)
        for row in rows {
            let line = try #require(grid.row(labelled: row.province, below: header.row))
            let value = try #require(grid.number(line, header.columns[row.category]!))
            #expect(abs(value - row.value) < 1e-12)
        }
    }

    @Test func panelsOfFigure14EqualTheirTable() throws {
        let grid = SheetGrid(try Self.book("Nederland"), "Figuur 14")
        let headers = grid.headerRows(containing: ["Nederland"] + Self.provinces)
        #expect(headers.count == 3)
        for row in try Self.csv("figuur-14") {
            let block = headers[["technologie", "toepassing", "doel"].firstIndex(of: row.series)!]
            let line = try #require(grid.row(labelled: row.category, below: block.row))
            #expect(grid.number(line, block.columns[row.province]!) == row.value)
        }
    }

    @Test func reachFigure21EqualsItsTable() throws {
        let grid = SheetGrid(try Self.book("Nederland"), "Figuur 21")
        let headers = grid.headerRows(containing: ["Nederland"] + Self.provinces)
        #expect(headers.count == 2)
        for row in try Self.csv("figuur-21") {
            let block = headers[row.series == "bereik" ? 0 : 1]
            let line = try #require(grid.row(labelled: row.category, below: block.row))
            #expect(grid.number(line, block.columns[row.province]!) == row.value)
        }
    }

    @Test func providerFiguresEqualTheirTables() throws {
        let grid = SheetGrid(try Self.book("Nederland"), "Figuur 16")
        let headers = grid.headerRows(containing: ["Aanbieder", "Initiatieven"])
        let scopes = ["Nederland"] + Self.provinces
        #expect(headers.count == scopes.count)
        let roles = ["totaal", "initiatiefnemer", "financier", "uitvoerder"]
        for row in try Self.csv("figuur-16") {
            let block = headers[scopes.firstIndex(of: row.province)!]
            #expect(grid.text(block.row - 1, 0) == row.province)
            let line = try #require(grid.row(labelled: row.category, below: block.row))
            #expect(grid.number(line, 1 + roles.firstIndex(of: row.series)!) == row.value)
        }
        let network = SheetGrid(try Self.book("Nederland"), "Figuur 17")
        let table = try #require(network.headerRows(containing: ["Aanbieder", "Verbindingen"]).first)
        for row in try Self.csv("figuur-17") {
            let line = try #require(network.row(labelled: row.category, below: table.row))
            #expect(network.number(line, table.columns["Verbindingen"]!) == row.value)
        }
    }

    @Test func goodPracticesAndClassesEqualTheirTables() throws {
        let grid = SheetGrid(try Self.book("Nederland"), "Figuur 22")
        let header = try #require(grid.headerRows(containing: ["Provincie", "Good practice"]).first)
        for row in try Self.csv("figuur-22") {
            let line = try #require(grid.dataRows(below: header.row).first { grid.text($0, 1) == row.category })
            #expect(grid.text(line, 0) == row.province)
            #expect(grid.number(line, 2) == row.value)
        }
        let classes = SheetGrid(try Self.book("Nederland"), "Figuur 04")
        let table = try #require(classes.headerRows(containing: ["Type activiteit"]).first)
        for row in try Self.csv("figuur-04") {
            let line = try #require(classes.row(labelled: row.category, below: table.row))
            #expect(classes.number(line, row.series == "bereik" ? 3 : 4) == row.value)
        }
    }

    @Test func keyFiguresEqualTheirTable() throws {
        let grid = SheetGrid(try Self.book("Nederland"), "Kerncijfers")
        let header = try #require(grid.headerRows(containing: ["Nederland"] + Self.provinces).first)
        let labels = Self.templates.figureTexts[.keyFigures]
        for row in try Self.csv("kerncijfers") {
            let line = try #require(grid.row(labelled: labels.label(row.category), below: header.row))
            let value = try #require(grid.number(line, header.columns[row.province]!))
            #expect(abs(value - row.value) < 1e-12, "\(row)")
        }
    }

    @Test func provinceWorkbookSetsTheProvinceBesideTheCountry() throws {
        let grid = SheetGrid(try Self.book("Utrecht"), "Figuur 06")
        let header = try #require(grid.headerRows(containing: ["Utrecht", "Nederland"]).first)
        // Type, Utrecht, Nederland, both as shares with their base, and Utrecht's place among the provinces.
        #expect(header.columns.count == 6)
        for row in try Self.csv("figuur-06") where ["Utrecht", "Nederland"].contains(row.province) {
            let line = try #require(grid.row(labelled: row.category, below: header.row))
            #expect(grid.number(line, header.columns[row.province]!) == row.value)
        }
        let workshops = try #require(grid.row(labelled: "Workshops & kennisevents", below: header.row))
        let share = try #require(header.columns.keys.first { $0.hasPrefix("Utrecht (aandeel, n = ") })
        #expect(grid.number(workshops, header.columns[share]!) == 0.5)
        #expect(grid.text(header.row + 13, 0) == nil, "no other province's rows")
        let charts = try Self.book("Utrecht").charts("Figuur 06")
        #expect(charts.first?.valueRanges.count == 2, "province and country in one chart")
    }

    // MARK: Charts

    @Test func chartsArePresentAndPointAtTheTable() throws {
        let book = try Self.book("Nederland")
        let grid = SheetGrid(book, "Figuur 06")
        let header = try #require(grid.headerRows(containing: ["Nederland"]).first)
        let first = header.row + 2, last = header.row + 13
        let chart = try #require(book.charts("Figuur 06").first)
        #expect(chart.types == ["c:barChart"])
        #expect(chart.categoryRanges == ["'Figuur 06'!$A$\(first):$A$\(last)"])
        #expect(chart.valueRanges == ["'Figuur 06'!$B$\(first):$B$\(last)"])
        #expect(book.charts("Figuur 05").first?.types == ["c:scatterChart"])
        #expect(book.charts("Figuur 07").first?.valueRanges.count == 12)
        #expect(book.sheetXML("Figuur 07").isEmpty == false)
        let stacked = String(decoding: book.parts.first { $0.key.hasPrefix("xl/charts/") && String(decoding: $0.value, as: UTF8.self).contains("percentStacked") }?.value ?? Data(), as: UTF8.self)
        #expect(!stacked.isEmpty)
        for number in ["08", "09", "10", "11", "13", "14", "15", "16", "18", "19", "20", "21"] {
            #expect(!book.charts("Figuur \(number)").isEmpty, "Figuur \(number) has no chart")
        }
        #expect(book.charts("Figuur 14").count == 3)
    }

    // MARK: Sheets for analysts

    @Test func activitiesSheetIsAnExcelTableWithAFrozenHeader() throws {
        let book = try Self.book("Nederland")
        #expect(book.tables("Activiteiten") == ["Activiteiten"])
        #expect(book.sheetXML("Activiteiten").contains("ySplit"))
        let grid = SheetGrid(book, "Activiteiten")
        let header = try #require(grid.headerRows(containing: ["Provincie", "Initiatief-ID", "Activiteit", "Bron (bestand:regel)"]).first)
        #expect(grid.dataRows(below: header.row).count == 7)
        #expect(!header.columns.keys.contains("Contactpersoon"))
        let second = header.row + 2
        #expect(grid.text(second, header.columns["Sector"]!) == "Industrie; Informatie en communicatie")
        #expect(grid.text(second, header.columns["Initiatiefnemer"]!) == "Provincie Utrecht")
        #expect(grid.number(header.row + 1, header.columns["Bereik"]!) == 100)
        #expect(grid.number(second, header.columns["Bereik"]!) == nil, "unknown reach stays empty")
    }

    @Test func personalDataOnlyInTheProvincesOwnWorkbook() throws {
        let utrecht = try Self.book("Utrecht")
        let grid = SheetGrid(utrecht, "Activiteiten")
        let header = try #require(grid.headerRows(containing: ["Contactpersoon", "E-mail"]).first)
        #expect(grid.dataRows(below: header.row).count == 4)
        #expect(utrecht.allText.contains("anna@example.nl"))
        #expect(!utrecht.allText.contains("bert@example.nl"))
        #expect(try Self.book("Flevoland").allText.contains("bert@example.nl"))
        for name in ["Nederland"] + Self.provinces where !["Utrecht", "Flevoland"].contains(name) {
            let text = try Self.book(name).allText
            #expect(!text.contains("anna@example.nl") && !text.contains("Anna de Boer") && !text.contains("bert@example.nl"), "\(name)")
        }
    }

    @Test func noFormulasAnywhere() throws {
        for name in ["Nederland"] + Self.provinces {
            let book = try Self.book(name)
            for sheet in book.sheetNames { #expect(book.formulaCount(sheet) == 0, "\(name) \(sheet)") }
        }
    }

    @Test func overviewLinksToEverySheetAndShowsKeyFigures() throws {
        let book = try Self.book("Nederland")
        let xml = book.sheetXML("Overzicht")
        for sheet in book.sheetNames.dropFirst() { #expect(xml.contains("location=\"'\(sheet)'!A1\""), "\(sheet)") }
        let grid = SheetGrid(book, "Overzicht")
        #expect(grid.text(0, 0)?.contains("Regioscan") == true)
        let header = try #require(grid.headerRows(containing: ["Nederland"]).first)
        #expect(grid.number(try #require(grid.row(labelled: "Activiteiten", below: header.row)), 1) == 7)
    }

    @Test func providersAndWarningsSheets() throws {
        let book = try Self.book("Nederland")
        let providers = SheetGrid(book, "Aanbieders")
        let header = try #require(providers.headerRows(containing: ["Aanbieder", "Verbindingen"]).first)
        #expect(providers.dataRows(below: header.row).count == 7)
        let ministry = try #require(providers.row(labelled: "Ministerie van Economische Zaken en Klimaat", below: header.row))
        #expect(providers.number(ministry, 1) == 3)
        #expect(providers.number(ministry, header.columns["Verbindingen"]!) == 5)
        let warnings = SheetGrid(book, "Validatie")
        let table = try #require(warnings.headerRows(containing: ["Bestand", "Melding"]).first)
        #expect(warnings.dataRows(below: table.row).count == Self.run.outcome.dataset.warnings.count)
        let utrecht = SheetGrid(try Self.book("Utrecht"), "Validatie")
        let utrechtTable = try #require(utrecht.headerRows(containing: ["Bestand", "Melding"]).first)
        // The approximate reach is on Utrecht's row 8; Flevoland's workbook has no warning of its own.
        #expect(utrecht.dataRows(below: utrechtTable.row).count == 1)
        #expect(SheetGrid(try Self.book("Flevoland"), "Validatie").headerRows(containing: ["Bestand", "Melding"]).first.map {
            SheetGrid(try! Self.book("Flevoland"), "Validatie").dataRows(below: $0.row).count } == 0)
    }

    @Test func creationTimeIsFixed() throws {
        let core = String(decoding: try Self.book("Nederland").parts["docProps/core.xml"]!, as: UTF8.self)
        #expect(core.contains("2023-12-31T12:00:00Z"))
        #expect(WorkbookRenderer.creationTime(year: 1970) == 364 * 86_400 + 43_200)
        let output = NSTemporaryDirectory() + "regioscan-output-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        _ = try ReportPipeline.run(ReportOptions(input: Self.run.input.root, output: output, templates: ProjectPaths.templates,
                                                 creationTime: 1_700_000_000))
        let other = try XLSXReader(path: output + "/2023/werkboeken/Nederland.xlsx")
        #expect(String(decoding: other.parts["docProps/core.xml"]!, as: UTF8.self).contains("2023-11-14T22:13:20Z"))
    }
}

@Suite("Werkboeken: grenzen van Excel")
struct WorkbookLimitTests {
    @Test func sheetNamesAreValidAndUnique() {
        var names = SheetNames()
        #expect(names.name(for: "Figuur 06") == "Figuur 06")
        #expect(names.name(for: "figuur 06") == "figuur 06 (2)")
        #expect(names.name(for: "Een heel erg lange naam voor een werkblad in Excel") == "Een heel erg lange naam voor ee")
        #expect(names.name(for: "a/b:c*d?e[f]g\\h") == "a-b-c-d-e-f-g-h")
        #expect(names.name(for: "'quoted'") == "quoted")
        #expect(names.name(for: "") == "Blad")
        #expect(names.name(for: "Éénheid") == "Éénheid")
        #expect(names.name(for: "éénheid") == "éénheid (2)")
        #expect(names.name(for: "History") == "History (2)")
    }

    @Test func longTextIsCutAtExcelsLimitWithAWarning() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        let rows = [
            ["Utrecht", "UT-001", "Lang", "A1", "1", "ja", String(repeating: "x", count: 20_000)],
            ["Utrecht", "UT-001", "Lang", "A2", "2", "", String(repeating: "y", count: 20_000)],
        ]
        try input.write("u.csv", FixtureCSV.semicolon(extra: ["good_practice", "toelichting"], rows: rows))
        let run = try ReportRun.run(input)
        defer { run.remove() }
        let warnings = run.outcome.diagnostics.warnings.filter { $0.kind == .limit }
        #expect(warnings.count >= 2)
        #expect(warnings.contains { $0.location.file == "werkboeken/Nederland.xlsx" })
        let grid = SheetGrid(try XLSXReader(path: run.folder + "/werkboeken/Nederland.xlsx"), "Figuur 22")
        let header = try #require(grid.headerRows(containing: ["Good practice"]).first)
        #expect(grid.text(header.row + 1, 3)?.utf16.count == 32_767)
    }

    @Test func controlCharactersBecomeSpaces() {
        #expect(XLSXLimits.withoutControlCharacters("a\u{1}b\tc\nd") == "a b\tc\nd")
    }

    @Test func truncationCountsUTF16UnitsAsExcelDoes() {
        #expect(XLSXLimits.truncated(String(repeating: "a", count: 32_767)) == nil)
        #expect(XLSXLimits.truncated(String(repeating: "😀", count: 20_000))?.utf16.count == 32_766)
    }

    @Test func injectedFormulasStayText() throws {
        let book = try XLSXReader(path: InjectionTests.run.folder + "/werkboeken/Nederland.xlsx")
        let grid = SheetGrid(book, "Figuur 22")
        let header = try #require(grid.headerRows(containing: ["Good practice"]).first)
        let names = grid.dataRows(below: header.row).compactMap { grid.text($0, 1) }
        #expect(names.contains("=HYPERLINK(\"https://x\")"))
        for sheet in book.sheetNames { #expect(book.formulaCount(sheet) == 0) }
        let zeeland = try XLSXReader(path: InjectionTests.run.folder + "/werkboeken/Zeeland.xlsx")
        #expect(zeeland.allText.contains("-2+3"))
    }
}
