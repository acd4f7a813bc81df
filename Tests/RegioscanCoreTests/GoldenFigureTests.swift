import Foundation
import Testing
@testable import RegioscanCore

/// Every figure's numbers on the small golden fixture, against tables computed by hand
/// (`Fixtures/golden/expected/`, derivation in `AFLEIDING.md`).
@Suite("Figuren op de gouden fixture", .serialized)
struct GoldenFigureTests {
    static let run: ReportRun = try! ReportRun.golden()

    static let tables = FigureID.allCases.filter(\.hasTable).map(\.fileName)

    @Test(arguments: tables)
    func nonZeroRowsEqualTheHandComputedTable(name: String) throws {
        let output = TableCSV.parse(try Self.run.text("tabellen/\(name).csv"))
        let expected = TableCSV.parse(try String(contentsOfFile: ProjectPaths.fixtures + "/golden/expected/\(name).csv", encoding: .utf8))
        #expect(output.header == "provincie,reeks,categorie,waarde")
        let computed = output.rows.filter { $0.value != 0 }
        #expect(computed.count == expected.rows.count, "\(name): \(computed.count) non-zero rows, expected \(expected.rows.count)")
        for row in expected.rows {
            let match = computed.first { $0.province == row.province && $0.series == row.series && $0.category == row.category }
            #expect(match != nil, "\(name): missing \(row)")
            if let match { #expect(abs(match.value - row.value) < 1e-12, "\(name): \(row.category) is \(match.value)") }
        }
    }

    @Test(arguments: [("figuur-06", 12), ("figuur-08", 22), ("figuur-09", 4), ("figuur-10", 4), ("figuur-11", 4),
                      ("figuur-13", 7), ("figuur-15", 10), ("figuur-18", 7)])
    func closedVocabulariesHaveEveryCategoryNationallyAndPerProvince(name: String, categories: Int) throws {
        let rows = TableCSV.parse(try Self.run.text("tabellen/\(name).csv")).rows
        #expect(rows.count == 13 * categories)
        #expect(Set(rows.map(\.province)).count == 13)
    }

    @Test(arguments: [("figuur-07", 12), ("figuur-12", 4), ("figuur-19", 3), ("figuur-20", 3)])
    func provinceOnlySharesHaveNoNationalRowsAndSumToOne(name: String, categories: Int) throws {
        let rows = TableCSV.parse(try Self.run.text("tabellen/\(name).csv")).rows
        #expect(rows.count == 12 * categories)
        #expect(!rows.contains { $0.province == "Nederland" })
        for province in ["Utrecht", "Flevoland"] {
            let sum = rows.filter { $0.province == province }.map(\.value).reduce(0, +)
            #expect(abs(sum - 1) < 1e-9, "\(name) \(province) sums to \(sum)")
        }
        // A province without activities has shares of 0, never NaN.
        #expect(rows.filter { $0.province == "Zeeland" }.allSatisfy { $0.value == 0 })
    }

    @Test func keyFiguresHaveEveryProvince() throws {
        let rows = TableCSV.parse(try Self.run.text("tabellen/kerncijfers.csv")).rows
        #expect(rows.count == 9 + 12 * 8)
    }

    @Test func bottleneckGroupTotalsCountEachActivityOncePerGroup() throws {
        let figures = FigureSet(dataset: Self.run.outcome.dataset)
        let totals = figures[.activitiesPerBottleneck].groupTotals
        #expect(totals == ["Probleemsignalering": 1, "Niet weten": 3, "Niet willen": 1, "Niet kunnen": 3])
    }

    @Test func tablesAreUTF8WithoutBOMAndCommaSeparated() throws {
        for name in Self.tables {
            let bytes = try Self.run.bytes("tabellen/\(name).csv")
            #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]))
            #expect(bytes.starts(with: Array("provincie,reeks,categorie,waarde\n".utf8)))
        }
    }

    @Test func everyFigureHasItsFiles() {
        let files = Set(Self.run.allFiles())
        for id in FigureID.allCases {
            #expect(files.contains("tabellen/\(id.fileName).csv") == id.hasTable)
            #expect(files.contains("figuren/\(id.fileName).svg") == id.hasDrawing)
        }
        for name in ["rapport.md", "rapport.html", "validatie.md"] { #expect(files.contains(name)) }
    }
}
