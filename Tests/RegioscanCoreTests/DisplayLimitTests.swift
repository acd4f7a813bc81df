import Foundation
import Testing
@testable import RegioscanCore

/// Long tables are shortened for reading (report and SVG) with a "… en N meer" row; the CSV and the workbooks
/// keep every row.
@Suite("Weergavegrens van tabellen")
struct DisplayLimitTests {
    static func table(rows: Int, groups: Int = 1) -> DataTable {
        DataTable(caption: "t", headers: ["Soort", "Categorie", "Aantal"], rows: (0..<rows).map {
            [.text("g\($0 % groups)"), .text("c\($0)"), .integer(Int64($0))]
        }.sorted { $0[0].displayText < $1[0].displayText })
    }

    @Test func aLongTableStopsAtTheLimitWithOneMoreRow() {
        let long = Self.table(rows: 130)
        let short = long.shortened(to: 50) { "… en \($0) meer" }
        #expect(short.rows.count == 51)
        #expect(Array(short.rows.prefix(50)) == Array(long.rows.prefix(50)))
        #expect(short.rows.last == [.text("… en 80 meer"), .empty, .empty])
        #expect(short.headers == long.headers && short.caption == long.caption)
        let exact = Self.table(rows: 50)
        #expect(exact.shortened(to: 50) { "\($0)" } == exact)
    }

    @Test func groupsAreCutEachOnTheirOwn() {
        // Two groups of 60 and 70 rows, one of 3: each long group keeps 50 and says how many it leaves out.
        let long = DataTable(caption: "t", headers: ["Soort", "Categorie", "Aantal"],
                             rows: (0..<60).map { [.text("a"), .text("a\($0)"), .integer(1)] }
                                 + (0..<70).map { [.text("b"), .text("b\($0)"), .integer(1)] }
                                 + (0..<3).map { [.text("c"), .text("c\($0)"), .integer(1)] })
        let short = long.shortened(to: 50, perGroup: true) { "… en \($0) meer" }
        #expect(short.rows.count == 50 + 1 + 50 + 1 + 3)
        #expect(short.rows[50] == [.text("a"), .text("… en 10 meer"), .empty])
        #expect(short.rows[101] == [.text("b"), .text("… en 20 meer"), .empty])
        #expect(short.rows.suffix(3).map { $0[1] } == [.text("c0"), .text("c1"), .text("c2")])
    }

    @Test func figure14IsShortenedInTheReportButNotInTheCSV() throws {
        let count = FigureTableBuilder.displayRowLimit + 70
        let rows = (0..<count).map { index in
            FixtureCSV.row("UT-\(index)", "I\(index)", "A") + ["Techniek \(index)", "Toepassing \(index % 3)", ""]
        }
        let input = try TemporaryInput()
        defer { input.remove() }
        _ = try input.write("utrecht.csv", FixtureCSV.semicolon(extra: ["technologie", "toepassing", "doel"], rows: rows))
        let dataset = try #require(try input.load().dataset)
        var diagnostics = Diagnostics()
        let templates = try #require(ReportTemplates.load(folder: ProjectPaths.templates, diagnostics: &diagnostics))
        let materials = ReportMaterials(dataset: dataset, figures: FigureSet(dataset: dataset), templates: templates)
        let shown = materials.reportTable(.technologyApplicationGoal)
        let technology = shown.rows.filter { $0[0] == .text(templates.figureTexts[.technologyApplicationGoal].label("technologie")) }
        #expect(technology.count == FigureTableBuilder.displayRowLimit + 1)
        #expect(technology.last?[1] == .text("… en 70 meer"))
        #expect(shown.rows.filter { $0[1].displayText.hasPrefix("Toepassing") }.count == 3)
        let markdown = MarkdownTable.render(shown)
        #expect(markdown.contains("| … en 70 meer |"))
        #expect(HTMLTable.render(shown).contains("<td>… en 70 meer</td>"))
        // The CSV has every technology, nationally and for Utrecht.
        let csv = FigureCSVRenderer.render(materials.figures[.technologyApplicationGoal])
        #expect(csv.components(separatedBy: "Techniek ").count - 1 == 2 * count)
    }

    @Test func theSampleStaysUnderEveryDisplayLimit() throws {
        let dataset = try #require(try DatasetLoader.load(input: ProjectPaths.input, year: 2023).dataset)
        var diagnostics = Diagnostics()
        let templates = try #require(ReportTemplates.load(folder: ProjectPaths.templates, diagnostics: &diagnostics))
        let materials = ReportMaterials(dataset: dataset, figures: FigureSet(dataset: dataset), templates: templates)
        for id in materials.figures.ids where ReportMaterials.reportRowLimit[id] == nil {
            #expect(materials.reportTable(id) == materials.tables.table(materials.figures[id]), "\(id)")
        }
    }

    @Test func theMoreTextComesFromTheTemplates() throws {
        var diagnostics = Diagnostics()
        var texts = try #require(ReportTemplates.load(folder: ProjectPaths.templates, diagnostics: &diagnostics)).figureTexts
        #expect(texts.more(1_234) == "… en 1.234 meer")
        texts.notes["en_meer"] = "en nog {aantal}"
        #expect(texts.more(5) == "en nog 5")
        texts.notes["en_meer"] = nil
        #expect(texts.more(5) == "… en 5 meer")
    }
}
