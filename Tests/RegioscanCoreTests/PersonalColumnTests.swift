import Foundation
import Testing
@testable import RegioscanCore

/// Personal-data columns that differ only in case, accents or spaces are one column of the `Activiteiten` table,
/// and no two headers of an Excel table are equal to Excel's case-insensitive eye.
@Suite("Kolommen met persoonsgegevens")
struct PersonalColumnTests {
    @Test func columnsWithTheSameKeyAreOneColumnUnderTheFirstSpelling() {
        let rows: [[PersonalField]] = [
            [PersonalField(column: "contactpersoon", value: "Jan"), PersonalField(column: "Telefoon", value: "06-1")],
            [PersonalField(column: "telefoon", value: "06-2")],
            [PersonalField(column: "Teléfoon ", value: "06-3"), PersonalField(column: "Mobiel_nummer", value: "06-4")],
            [PersonalField(column: "mobiel nummer", value: "06-5")],
        ]
        let columns = ActivitySheetBuilder.personalColumns(rows)
        #expect(columns.map(\.header) == ["contactpersoon", "Telefoon", "Mobiel_nummer"])
        #expect(Set(rows.joined().map(\.columnKey)) == Set(columns.map(\.key)))
    }

    @Test func tableHeadersAreNumberedWhenExcelWouldSeeThemAsEqual() {
        #expect(ExcelTableHeaders.unique(["Provincie", "Bereik"]) == ["Provincie", "Bereik"])
        #expect(ExcelTableHeaders.unique(["Telefoon", "telefoon", "TELEFOON"]) == ["Telefoon", "telefoon (2)", "TELEFOON (3)"])
        // A numbered header never takes the name of a later header.
        #expect(ExcelTableHeaders.unique(["A", "a", "A (2)"]) == ["A", "a (3)", "A (2)"])
        #expect(ExcelTableHeaders.unique(["Éénheid", "éénheid"]) == ["Éénheid", "éénheid (2)"])
        #expect(ExcelTableHeaders.unique(["", "Kolom 1"]) == ["Kolom 1", "Kolom 1 (2)"])
        let headers = ExcelTableHeaders.unique(ActivitySheetBuilder.columns + ["PROVINCIE", "provincie", "Bron"])
        #expect(Set(headers.map(ExcelTableHeaders.key)).count == headers.count)
        #expect(Array(headers.prefix(ActivitySheetBuilder.columns.count)) == ActivitySheetBuilder.columns)
    }

    @Test func provinceWorkbookHasOneColumnPerPersonalKeyAndUniqueTableHeaders() throws {
        let input = try TemporaryInput()
        try input.write("instellingen.yaml", "persoonsgegevens: [telefoon, \"Bron (bestand:regel)\", bron]\n")
        try input.write("a.csv", FixtureCSV.semicolon(extra: ["Telefoon", "bron (bestand:regel)", "Bron"], rows: [
            FixtureCSV.row("UT-001", "A", "A1") + ["06-1", "archief", "beurs"],
        ]))
        try input.write("b.csv", FixtureCSV.semicolon(extra: ["telefoon"], rows: [FixtureCSV.row("UT-002", "B", "B1") + ["06-2"]]))
        try input.write("c.csv", FixtureCSV.semicolon(extra: ["TELEFÓON"], rows: [FixtureCSV.row("UT-003", "C", "C1") + ["06-3"]]))
        let run = try ReportRun.run(input)
        defer { run.remove() }
        let book = try XLSXReader(path: run.folder + "/werkboeken/Utrecht.xlsx")
        #expect(book.tables("Activiteiten") == ["Activiteiten"])
        let grid = SheetGrid(book, "Activiteiten")
        let header = try #require(grid.headerRows(containing: ["Provincie", "Telefoon", "Bron (bestand:regel)"]).first)
        let names = header.columns.keys.map { $0 }
        #expect(names.filter { ExcelTableHeaders.key($0).hasPrefix("telef") } == ["Telefoon"])
        #expect(Set(names.map(ExcelTableHeaders.key)).count == names.count, "\(names.sorted())")
        #expect(names.contains("bron (bestand:regel) (2)"))
        #expect(names.contains("Bron"), "a personal column named bron keeps its own name")
        let phone = header.columns["Telefoon"]!
        #expect(grid.dataRows(below: header.row).map { grid.text($0, phone) } == ["06-1", "06-2", "06-3"])
        // The table's own column names, which Excel checks, are unique too.
        let tableXML = book.parts.filter { $0.key.contains("tables/") }.map { String(decoding: $0.value, as: UTF8.self) }
        let columnNames = tableXML.flatMap { XMLDocumentSummary(Data($0.utf8)).elements(named: "tableColumn") }
            .compactMap { $0.attributes["name"] }
        #expect(columnNames.count == ActivitySheetBuilder.columns.count + 3)
        #expect(Set(columnNames.map(ExcelTableHeaders.key)).count == columnNames.count)
    }
}
