import Foundation
import Testing
@testable import RegioscanCore

/// Inputs built to hurt stay bounded in time and memory. Each test builds its input itself and would take minutes
/// with a step that is quadratic in it; the limits are for a debug build on a busy machine.
@Suite("Uitzonderlijke invoer")
struct PathologicalInputTests {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now()
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    func load(_ text: String) throws -> LoadResult {
        let input = try TemporaryInput()
        defer { input.remove() }
        _ = try input.write("utrecht.csv", text)
        return try input.load()
    }

    /// Many rows of one initiative: fill-down, conflicts and duplicates are checked per row, not per pair of rows.
    @Test func manyRowsInOneInitiative() throws {
        let count = 6_000
        let rows = [FixtureCSV.row("UT-1", "Eén initiatief", "Activiteit 0") + ["Kennis Utrecht"]]
            + (1..<count).map { ["Utrecht", "UT-1", "", "Activiteit \($0)", "Signaleren", ""] }
        let text = FixtureCSV.semicolon(extra: ["uitvoerder"], rows: rows)
        var result: LoadResult?
        let time = try Self.seconds { result = try load(text) }
        let dataset = try #require(result?.dataset)
        #expect(dataset.initiatives.count == 1 && dataset.activities.count == count)
        #expect(dataset.activities.allSatisfy { !$0.roles.executors.isEmpty })
        let figures = Self.seconds { _ = FigureSet(dataset: dataset) }
        #expect(time + figures < 20, "\(time) s + \(figures) s")
    }

    /// Every initiative of a province marked as its good practice: one warning, linear, with ten names at most.
    @Test func everyInitiativeAGoodPractice() throws {
        let count = 6_000
        let rows = (0..<count).map { FixtureCSV.row("UT-\($0)", "Initiatief \($0)", "A") + ["ja"] }
        var result: LoadResult?
        let time = try Self.seconds { result = try load(FixtureCSV.semicolon(extra: ["good_practice"], rows: rows)) }
        let warnings = try #require(result).diagnostics.all.filter { $0.kind == .goodPractice }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("6.000 good practices") == true)
        #expect(warnings.first?.message.contains("en 5.990 andere") == true)
        #expect((warnings.first?.message.count ?? .max) < 1_000)
        #expect(time < 20, "\(time) s")
    }

    /// Deeply repeated quotes: a quoted cell of doubled quotes, an unquoted run, and a file of nothing but quotes.
    @Test(arguments: [
        "kop;b\n\"" + String(repeating: "\"\"", count: 200_000) + "\";x\n",
        "kop;b\n" + String(repeating: "\"", count: 300_001) + "\n",
        String(repeating: "\"", count: 300_000),
        String(repeating: "\"a\"\"", count: 100_000) + "\n",
    ])
    func repeatedQuotesAreReadInLinearTime(text: String) throws {
        var diagnostics = Diagnostics()
        var table: CSVTable?
        let time = Self.seconds {
            table = CSVReader.read(DecodedText(bytes: Array(text.utf8)), file: "q.csv", diagnostics: &diagnostics)
        }
        #expect(time < 10, "\(time) s")
        // Either a table with cells no longer than the input, or a reported problem.
        if let table {
            #expect(table.rows.allSatisfy { $0.cells.allSatisfy { $0.utf8.count <= text.utf8.count } })
        } else {
            #expect(diagnostics.hasErrors)
        }
    }

    @Test func aQuotedCellOfDoubledQuotesKeepsOneQuoteEach() throws {
        var diagnostics = Diagnostics()
        let text = "kop;b\n\"" + String(repeating: "\"\"", count: 100_000) + "\";x\n"
        let table = try #require(CSVReader.read(DecodedText(bytes: Array(text.utf8)), file: "q.csv", diagnostics: &diagnostics))
        #expect(table.rows.first?.cells == [String(repeating: "\"", count: 100_000), "x"])
    }
}
