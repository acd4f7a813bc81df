import Foundation
import Testing
@testable import RegioscanCore

/// Activity rows are written cell by cell into the data file and the workbooks; they must be the lines and cells
/// that the whole rows give.
@Suite("Activiteitenrijen cel voor cel")
struct ActivityRowWriterTests {
    static let header = "provincie,initiatief_id,initiatief,activiteit,type_activiteit,sector,omvang,bereik,toelichting,good_practice\n"

    /// Cells that need quotes, a guard against formulas, or nothing at all; empty closed dimensions.
    static let rows = [
        "Utrecht,UT-1,\"Digi, lab\",Scan,Signaleren,Industrie,Micro,120,\"zegt \"\"ja\"\"\",ja",
        "Utrecht,UT-2,=SOM(A1),\" met spatie \",Signaleren,,,,\"regel\nregel\",nee",
        "Zeeland,ZE-1,+31 Lab,-min,Signaleren,Industrie; Handel,Micro; Klein,ca. 40,@noot,",
        "Zeeland,ZE-2,Gewoon,Gewoon,Signaleren,,Klein,0,,ja",
    ]

    static func dataset() throws -> Dataset {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("rijen.csv", header + rows.joined(separator: "\n") + "\n")
        return try #require(try input.load().dataset)
    }

    /// The text of a cell in the data file.
    static func text(_ cell: TableCell) -> String {
        switch cell {
        case .text(let text): text
        case .integer(let value): String(value)
        case .empty: ""
        default:
            unexpected(cell)
        }
    }

    private static func unexpected(_ cell: TableCell) -> String {
        Issue.record("onverwachte cel in het gegevensbestand: \(cell)")
        return ""
    }

    @Test func theDataFileHasTheLinesOfTheWholeRows() throws {
        let dataset = try Self.dataset()
        let lists = ActivityLabelLists(dataset: dataset)
        let row = ActivityRow.dataFile(dataset: dataset, lists: lists)
        var expected: [UInt8] = []
        CSVWriter.appendLine(ActivityDataRenderer.columns, to: &expected)
        for index in dataset.activities.indices {
            CSVWriter.appendLine(row.cells(index).map(Self.text), spreadsheetSafe: true, to: &expected)
        }
        let written = ActivityDataRenderer.bytes(dataset)
        #expect(written == expected)
        let text = String(decoding: written, as: UTF8.self)
        #expect(text.contains(",'=SOM(A1),"))
        #expect(text.contains(",'-min,"))
        #expect(text.contains(",\"Digi, lab\","))
        #expect(text.contains(",\"zegt \"\"ja\"\"\","))
        #expect(text.contains(",\"regel\nregel\","))
    }

    /// The workbook shows an empty closed dimension as its unspecified category; the data file leaves it empty.
    @Test func onlyTheWorkbookNamesTheUnspecifiedCategory() throws {
        let dataset = try Self.dataset()
        let lists = ActivityLabelLists(dataset: dataset)
        let workbook = ActivityRow(dataset: dataset, texts: try SourceReferenceTests.workbookTexts(), lists: lists)
        let data = ActivityRow.dataFile(dataset: dataset, lists: lists)
        let sector = ActivityDataRenderer.columns.firstIndex(of: "sector")!
        let second = try #require(dataset.activities.firstIndex { $0.name == "met spatie" })
        let unspecified = try #require(dataset.taxonomy[.sector].unspecifiedLabel)
        #expect(workbook.cells(second)[sector] == .text(unspecified))
        #expect(data.cells(second)[sector] == .empty)
        #expect(workbook.cells(second).count == ActivityDataRenderer.columns.count)
        #expect(data.cells(second).count == ActivityDataRenderer.columns.count)
    }
}
