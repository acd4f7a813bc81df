import Foundation
import Testing
@testable import RegioscanCore

@Suite("Invulsjabloon")
struct ScanTemplateTests {
    static func taxonomy() throws -> Taxonomy { try ProjectPaths.shippedTaxonomy() }

    static func texts() throws -> ScanTemplateTexts {
        var diagnostics = Diagnostics()
        let texts = ScanTemplateTexts.load(folder: ProjectPaths.templates, diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty, "\(diagnostics.texts())")
        return try #require(texts)
    }

    static func template(province: String? = nil) throws -> ScanTemplate {
        ScanTemplate(taxonomy: try taxonomy(), texts: try texts(), province: province)
    }

    /// All figures of a dataset as their CSV tables, by figure.
    static func figureTables(_ dataset: Dataset) -> [FigureID: String] {
        let figures = FigureSet(dataset: dataset)
        var tables: [FigureID: String] = [:]
        for id in FigureID.allCases { tables[id] = FigureCSVRenderer.render(figures[id]) }
        return tables
    }

    /// The sample as the generator writes it (CSV only), in a folder of its own.
    static func csvSample() throws -> TemporaryInput {
        let input = try TemporaryInput()
        for file in SampleGenerator().files() { try input.write(file.name, bytes: file.bytes) }
        return input
    }

    @Test func filledInTemplatesGiveExactlyTheFiguresOfTheCSVSample() throws {
        let taxonomy = try Self.taxonomy()
        let csv = try Self.csvSample()
        defer { csv.remove() }
        let expected = try #require(try csv.load().dataset)

        let workbooks = try TemporaryInput()
        defer { workbooks.remove() }
        var filled = 0
        for file in SampleGenerator().files() {
            guard file.name.hasSuffix(".csv") else {
                try workbooks.write(file.name, bytes: file.bytes)
                continue
            }
            var diagnostics = Diagnostics()
            let table = try #require(CSVReader.read(DecodedText(bytes: file.bytes), file: file.name, diagnostics: &diagnostics))
            let header = HeaderMap(header: table.header, file: file.name, aliases: taxonomy.columnAliases,
                                   personalColumns: [], provinceFromFileName: true, diagnostics: &diagnostics)
            let rows = table.rows.map { record in
                var row: [Column: String] = [:]
                for column in Column.allCases { if let index = header.index(of: column) { row[column] = record[index] } }
                return row
            }
            let stem = (file.name as NSString).deletingPathExtension
            try ScanTemplate(taxonomy: taxonomy, texts: try Self.texts()).write(to: workbooks.yearFolder + "/\(stem).xlsx", rows: rows)
            filled += 1
        }
        #expect(filled == 13)
        let result = try workbooks.load()
        let dataset = try #require(result.dataset, "\(result.diagnostics.texts(.error).prefix(5))")
        #expect(dataset.activities.count == expected.activities.count)
        #expect(Self.figureTables(dataset) == Self.figureTables(expected))
    }

    @Test(arguments: [nil, "Utrecht"] as [String?])
    func anEmptyTemplateIsReadAsAHeaderWithoutRows(province: String?) throws {
        let template = try Self.template(province: province)
        #expect(template.fileName == (province ?? "Regioscan") + ".xlsx")
        let path = NSTemporaryDirectory() + "sjabloon-\(UUID().uuidString).xlsx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try template.write(to: path)
        var diagnostics = Diagnostics()
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let table = try #require(XLSXDeliveryReader.read(bytes, file: template.fileName, diagnostics: &diagnostics))
        #expect(table.sheet == "Activiteiten")
        #expect(table.header.cells == Column.allCases.map(\.rawValue))
        #expect(table.rows.count == template.prefilledRows)
        var normaliser = RowNormaliser(taxonomy: try Self.taxonomy(), personalColumns: [])
        #expect(normaliser.normalise(table, diagnostics: &diagnostics).isEmpty)
        #expect(diagnostics.texts() == ["\(template.fileName): blad Activiteiten, rij 1: " + Messages.headerOnly])
    }

    @Test func aProvinceTemplateHasTheProvinceFilledInAhead() throws {
        let path = NSTemporaryDirectory() + "sjabloon-\(UUID().uuidString).xlsx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let template = try Self.template(province: "Zeeland")
        #expect(template.prefilledRows == ScanTemplateTexts.defaultPrefilledRows)
        try template.write(to: path)
        let cells = try XLSXReader(path: path).cells("Activiteiten")
        let last = template.prefilledRows + 1
        #expect((2...last).allSatisfy { cells["A\($0)"] == .text("Zeeland") })
        #expect(cells["A\(last + 1)"] == nil)
        #expect(cells.keys.filter { !$0.hasPrefix("A") && $0.dropFirst() != "1" }.isEmpty)
        #expect(try Self.template().prefilledRows == 0)
    }

    /// The first rows of a sample delivery as template rows, without the province (the template has it).
    static func sampleRows(_ name: String, count: Int) throws -> [[Column: String]] {
        let file = try #require(SampleGenerator().files().first { $0.name == name })
        var diagnostics = Diagnostics()
        let table = try #require(CSVReader.read(DecodedText(bytes: file.bytes), file: file.name, diagnostics: &diagnostics))
        let header = HeaderMap(header: table.header, file: file.name, aliases: try taxonomy().columnAliases,
                               personalColumns: [], provinceFromFileName: true, diagnostics: &diagnostics)
        return table.rows.prefix(count).map { record in
            var row: [Column: String] = [:]
            for column in Column.allCases where column != .province {
                if let index = header.index(of: column) { row[column] = record[index] }
            }
            return row
        }
    }

    @Test func aProvinceTemplateFilledInPartlyGivesExactlyTheRowsFilledIn() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        let rows = try Self.sampleRows("utrecht.csv", count: 4)
        // A file name that is no province: the province comes from the pre-filled column.
        try Self.template(province: "Utrecht").write(to: input.yearFolder + "/scan-ingevuld.xlsx", rows: rows)
        let result = try input.load()
        #expect(result.diagnostics.errors.isEmpty, "\(result.diagnostics.texts(.error).prefix(5))")
        let dataset = try #require(result.dataset)
        #expect(dataset.activities.map(\.name) == rows.map { $0[.activity]?.collapsingWhitespace ?? "" })
        #expect(dataset.activities.map(\.source.line) == [2, 3, 4, 5])
        #expect(Set(dataset.activities.map { dataset.provinceName($0.province) }) == ["Utrecht"])
        #expect(result.diagnostics.all.allSatisfy { ($0.location.line ?? 0) <= 5 }, "\(result.diagnostics.texts())")
    }

    @Test func aCSVRowWithOnlyTheProvinceIsAnEmptyRow() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        let rows = [FixtureCSV.row(), ["Utrecht", "", "", "", ""], FixtureCSV.row("UT-002"), ["Utrecht", "", " ", "", ""]]
        try input.write("scan.csv", FixtureCSV.semicolon(rows: rows))
        let result = try input.load()
        #expect(result.diagnostics.all.isEmpty, "\(result.diagnostics.texts())")
        #expect(try #require(result.dataset).activities.map(\.source.line) == [2, 4])
        // Anything beside the province makes it a row that must be complete.
        try input.write("scan.csv", FixtureCSV.semicolon(rows: [FixtureCSV.row(), ["Utrecht", "", "", "Scan", ""]]))
        #expect(try input.load().diagnostics.texts(.error).contains { $0.hasPrefix("scan.csv:3: kolom initiatief_id: ") })
        // A file of pre-filled rows only is a header without rows.
        try input.write("scan.csv", FixtureCSV.semicolon(rows: [["Utrecht", "", "", "", ""]]))
        #expect(try input.load().diagnostics.texts(.warning) == ["scan.csv:1: " + Messages.headerOnly])
    }

    @Test func everyColumnHasHelpAndListsComeFromTheListSheet() throws {
        let path = NSTemporaryDirectory() + "sjabloon-\(UUID().uuidString).xlsx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.template().write(to: path)
        let book = try XLSXReader(path: path)
        #expect(book.sheetNames == ["Activiteiten", "Toelichting", "Lijsten"])
        let sheetPath = try #require(book.sheetPath("Activiteiten"))
        let sheet = String(decoding: try #require(book.parts[sheetPath]), as: UTF8.self)
        let validations = sheet.components(separatedBy: "<dataValidation ").dropFirst()
        #expect(validations.count == Column.allCases.count)
        #expect(validations.allSatisfy { $0.contains("showInputMessage=\"1\"") && $0.contains("prompt=\"") })
        // Lists are ranges on Lijsten, never inline lists (libxlsxwriter overflows on accented inline lists).
        let lists = validations.filter { $0.contains("type=\"list\"") }
        #expect(lists.count == 16)
        #expect(lists.allSatisfy { $0.contains("<formula1>Lijsten!$") })
        #expect(!sheet.contains("<formula1>\""))
        // Multi-valued columns accept typed lists after a notice; single-valued ones refuse unknown values.
        let sector = try #require(validations.first { $0.contains("sqref=\"F2:F1048576\"") })
        #expect(sector.contains("errorStyle=\"information\""))
        let archetype = try #require(validations.first { $0.contains("sqref=\"E2:E1048576\"") })
        #expect(!archetype.contains("errorStyle="))
        // No formulas in cells: nothing depends on what the user types.
        for name in book.sheetNames {
            let part = try #require(book.sheetPath(name))
            let xml = String(decoding: try #require(book.parts[part]), as: UTF8.self)
            #expect(!xml.contains("<f>"))
        }
        #expect(book.cells("Lijsten")["B2"] == .text("Signaleren"))
        #expect(book.cells("Toelichting").values.contains(.text("Workshops & kennisevents")))
    }

    @Test func aProvinceTemplateOffersOnlyThatProvince() throws {
        let path = NSTemporaryDirectory() + "sjabloon-\(UUID().uuidString).xlsx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.template(province: "Zeeland").write(to: path)
        let lists = try XLSXReader(path: path).cells("Lijsten")
        #expect(lists["A1"] == .text("provincie"))
        #expect(lists["A2"] == .text("Zeeland"))
        #expect(lists["A3"] == nil)
    }

    @Test func validationTextsAreCutAtExcelsLimits() throws {
        let long = String(repeating: "woord ", count: 100)
        let cut = XLSXValidation.clipped(long, limit: 255)
        #expect(cut.count <= 255 && cut.hasSuffix("…"))
        #expect(XLSXValidation.clipped("kort", limit: 32) == "kort")
        let texts = try Self.texts()
        for column in Column.allCases {
            for province in [nil, "Noord-Holland"] {
                let help = texts.help(column, province: province)
                #expect(!help.isEmpty && help.count <= 255 && !help.contains("{"), "\(column)")
            }
        }
    }

    @Test func theTextsComeFromSjabloonYamlInTheTemplatesFolder() throws {
        let folder = NSTemporaryDirectory() + "regioscan-templates-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: ProjectPaths.templates, toPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/" + ScanTemplateTexts.fileName
        var yaml = try String(contentsOfFile: file, encoding: .utf8)
        for (old, new) in [("  website: \"Webadres van het initiatief.\"", "  website: \"De site, voor {provincie}.\""),
                           ("  titel: Zo vult u de Regioscan in", "  titel: Invullen voor {provincie}"),
                           ("voorgevulde_rijen: 500", "voorgevulde_rijen: 3")] {
            #expect(yaml.contains(old))
            yaml = yaml.replacingOccurrences(of: old, with: new)
        }
        try yaml.write(toFile: file, atomically: true, encoding: .utf8)
        var diagnostics = Diagnostics()
        let texts = try #require(ScanTemplateTexts.load(folder: folder, diagnostics: &diagnostics))
        #expect(diagnostics.all.isEmpty)
        #expect(texts.help(.website, province: "Zeeland") == "De site, voor Zeeland.")
        let path = folder + "/Zeeland.xlsx"
        let template = ScanTemplate(taxonomy: try Self.taxonomy(), texts: texts, province: "Zeeland")
        try template.write(to: path)
        let book = try XLSXReader(path: path)
        #expect(book.cells("Toelichting")["A1"] == .text("Invullen voor Zeeland"))
        #expect(book.cells("Activiteiten")["A4"] == .text("Zeeland") && book.cells("Activiteiten")["A5"] == nil)
        let part = try #require(book.sheetPath("Activiteiten"))
        let sheet = String(decoding: try #require(book.parts[part]), as: UTF8.self)
        #expect(sheet.contains("prompt=\"De site, voor Zeeland.\""))
        // The archetype explanations still come from the taxonomy.
        let archetype = try #require(try Self.taxonomy().archetypes.categories.first { $0.explanation != nil })
        #expect(book.cells("Toelichting").values.contains(.text(archetype.explanation!)))

        // Missing column help is a warning; a missing file an error naming it.
        try yaml.replacingOccurrences(of: "  website: \"De site, voor {provincie}.\"\n", with: "")
            .write(toFile: file, atomically: true, encoding: .utf8)
        diagnostics = Diagnostics()
        #expect(ScanTemplateTexts.load(folder: folder, diagnostics: &diagnostics) != nil)
        #expect(diagnostics.warnings.map(\.message) == [Messages.yamlMissingField("kolommen.website")])
        try FileManager.default.removeItem(atPath: file)
        diagnostics = Diagnostics()
        #expect(ScanTemplateTexts.load(folder: folder, diagnostics: &diagnostics) == nil)
        #expect(diagnostics.errors.map(\.message) == [Messages.templateMissing(ScanTemplateTexts.fileName)])
    }

    /// A province template (500 rows with the province) filled in with five activities and saved by LibreOffice
    /// (`soffice --convert-to xlsx`): exactly the five filled rows are read, without messages.
    @Test func aProvinceTemplateSavedByLibreOfficeGivesTheRowsFilledIn() throws {
        let fixture = ProjectPaths.fixtures + "/xlsx/utrecht-sjabloon-libreoffice.xlsx"
        let cells = try XLSXReader(path: fixture).cells("Activiteiten")
        let filled = (2...1_000).filter { cells["D\($0)"] != nil }
        #expect(filled == [2, 3, 4, 5, 6])
        #expect(cells["A501"] == .text("Utrecht") && cells["A502"] == nil)

        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("scan-2024.xlsx", bytes: try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixture))))
        let result = try input.load()
        #expect(result.diagnostics.all.isEmpty, "\(result.diagnostics.texts())")
        let dataset = try #require(result.dataset)
        #expect(dataset.activities.map(\.source.line) == filled)
        #expect(dataset.activities.map { .text($0.name) } == filled.map { cells["D\($0)"] })
        #expect(Set(dataset.activities.map { dataset.provinceName($0.province) }) == ["Utrecht"])
    }

    /// LibreOffice keeps the default height of a row with wrapped text, so the lines of a long step printed over
    /// each other: rows of `Toelichting` get the height their text needs, and the sheet prints fitted to A4.
    @Test func helpRowsAreAsHighAsTheirWrappedText() throws {
        #expect(XLSXWorksheet.wrappedLines("kort", width: 10) == 1)
        #expect(XLSXWorksheet.wrappedLines("aaaa bbbb cccc", width: 9) == 2)
        #expect(XLSXWorksheet.wrappedLines(String(repeating: "x", count: 25), width: 10) == 3)
        #expect(XLSXWorksheet.wrappedLines("ab " + String(repeating: "x", count: 12), width: 10) == 3)
        #expect(ScanTemplate.step("3. Kolommen met een lijst") == ("3.", "Kolommen met een lijst"))
        #expect(ScanTemplate.step("De lijsten staan op het blad Lijsten.") == ("", "De lijsten staan op het blad Lijsten."))

        let path = NSTemporaryDirectory() + "sjabloon-\(UUID().uuidString).xlsx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let template = try Self.template(province: "Utrecht")
        try template.write(to: path)
        let book = try XLSXReader(path: path)
        let part = try #require(book.sheetPath("Toelichting"))
        let xml = String(decoding: try #require(book.parts[part]), as: UTF8.self)
        #expect(xml.contains("<pageSetup paperSize=\"9\"") && xml.contains("fitToPage=\"1\""))
        let cells = book.cells("Toelichting")
        let width = ScanTemplate.helpWidths.text * 1.1
        for (offset, line) in template.texts.instructions(province: "Utrecht").enumerated().dropFirst() {
            let row = offset + 1
            let text = ScanTemplate.step(line).text
            #expect(cells["B\(row)"] == .text(text))
            let lines = XLSXWorksheet.wrappedLines(text, width: width)
            let height = xml.range(of: "<row r=\"\(row)\"[^>]* ht=\"\(lines * 15)\"", options: .regularExpression)
            #expect((lines > 1) == (height != nil), "rij \(row)")
        }
    }
}
