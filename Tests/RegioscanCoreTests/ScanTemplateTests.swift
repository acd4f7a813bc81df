import Foundation
import Testing
@testable import RegioscanCore

@Suite("Invulsjabloon")
struct ScanTemplateTests {
    static func taxonomy() throws -> Taxonomy {
        var diagnostics = Diagnostics()
        return try #require(TaxonomyLoader.load(folder: ProjectPaths.taxonomy, diagnostics: &diagnostics))
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
            try ScanTemplate(taxonomy: taxonomy).write(to: workbooks.yearFolder + "/\(stem).xlsx", rows: rows)
            filled += 1
        }
        #expect(filled == 13)
        let result = try workbooks.load()
        let dataset = try #require(result.dataset, "\(result.diagnostics.texts(.error).prefix(5))")
        #expect(dataset.activities.count == expected.activities.count)
        #expect(Self.figureTables(dataset) == Self.figureTables(expected))
    }

    @Test func anEmptyTemplateIsReadAsAHeaderWithoutRows() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        let template = ScanTemplate(taxonomy: try Self.taxonomy(), province: "Utrecht")
        #expect(template.fileName == "Utrecht.xlsx")
        try template.write(to: input.yearFolder + "/" + template.fileName)
        var diagnostics = Diagnostics()
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: input.yearFolder + "/Utrecht.xlsx")))
        let table = try #require(XLSXDeliveryReader.read(bytes, file: "Utrecht.xlsx", diagnostics: &diagnostics))
        #expect(table.sheet == "Activiteiten")
        #expect(table.header.cells == Column.allCases.map(\.rawValue))
        #expect(table.rows.isEmpty)
        #expect(diagnostics.texts() == ["Utrecht.xlsx: blad Activiteiten, rij 1: " + Messages.headerOnly])
    }

    @Test func everyColumnHasHelpAndListsComeFromTheListSheet() throws {
        let path = NSTemporaryDirectory() + "sjabloon-\(UUID().uuidString).xlsx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try ScanTemplate(taxonomy: try Self.taxonomy()).write(to: path)
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
        try ScanTemplate(taxonomy: try Self.taxonomy(), province: "Zeeland").write(to: path)
        let lists = try XLSXReader(path: path).cells("Lijsten")
        #expect(lists["A1"] == .text("provincie"))
        #expect(lists["A2"] == .text("Zeeland"))
        #expect(lists["A3"] == nil)
    }

    @Test func validationTextsAreCutAtExcelsLimits() {
        let long = String(repeating: "woord ", count: 100)
        let cut = XLSXValidation.clipped(long, limit: 255)
        #expect(cut.count <= 255 && cut.hasSuffix("…"))
        #expect(XLSXValidation.clipped("kort", limit: 32) == "kort")
        for column in Column.allCases {
            #expect(ScanTemplateTexts.help(column, province: "Noord-Holland").count <= 255, "\(column)")
        }
    }
}
