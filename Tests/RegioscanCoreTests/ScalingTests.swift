import Foundation
import Testing
@testable import RegioscanCore

/// Steps that grew with the square of their input stay linear: each test gives an input on which the quadratic
/// version needs billions of steps (minutes), and allows seconds. The results equal what the old code gave.
@Suite("Schaal")
struct ScalingTests {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now()
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    // MARK: Figure cells

    @Test func everyCellOfALargeFigureIsFoundQuickly() {
        let rows = (0..<60_000).map {
            FigureRow(province: "P\($0 % 13)", series: "s\($0 % 3)", category: "c\($0)", value: .count(Int64($0)))
        }
        var figure = Figure(id: .technologyApplicationGoal, rows: rows, categories: [], provinces: [])
        figure.scopeShares = rows.reversed()
        var found: Int64 = 0
        let time = Self.seconds {
            for row in rows {
                found += figure.value(province: row.province, series: row.series, category: row.category)?.count ?? 0
                found += figure.scopeShare(province: row.province, series: row.series, category: row.category)?.count ?? 0
            }
        }
        #expect(found == 2 * rows.reduce(0) { $0 + $1.value.count! })
        #expect(time < 5, "\(time) s")
    }

    @Test func aCellIsTheFirstMatchingRowAndFollowsReplacedRows() {
        func row(_ category: String, _ value: Int64, series: String = "") -> FigureRow {
            FigureRow(province: FigureRow.national, series: series, category: category, value: .count(value))
        }
        var figure = Figure(id: .activitiesPerArchetype, rows: [row("a", 1), row("a", 2), row("a", 3, series: "x")],
                            categories: ["a"], provinces: [FigureRow.national])
        #expect(figure.value(category: "a")?.count == 1)
        #expect(figure.value(series: "x", category: "a")?.count == 3)
        #expect(figure.value(province: "Utrecht", category: "a") == nil)
        #expect(figure.scopeShare(category: "a") == nil)
        figure.rows = [row("b", 4)]
        figure.scopeShares = [row("a", 5), row("a", 6)]
        #expect(figure.value(category: "a") == nil)
        #expect(figure.value(category: "b")?.count == 4)
        #expect(figure.scopeShare(category: "a")?.count == 5)
    }

    // MARK: CSV

    @Test func quotesInsideAnUnquotedCellAreReadInLinearTime() throws {
        let cell = "a" + String(repeating: "\"", count: 300_000)
        var diagnostics = Diagnostics()
        var table: CSVTable?
        let time = Self.seconds {
            table = CSVReader.read(DecodedText(bytes: Array("kop;tweede\n\(cell);x\n".utf8)), file: "q.csv",
                                   diagnostics: &diagnostics)
        }
        #expect(try #require(table).rows.map(\.cells) == [[cell, "x"]])
        #expect(time < 5, "\(time) s")
    }

    @Test func aQuoteAfterSpacesStillOpensAQuotedCell() throws {
        var diagnostics = Diagnostics()
        let text = "a;b;c\n  \"x;y\";z\"\"w;\"\"\n"
        let table = try #require(CSVReader.read(DecodedText(bytes: Array(text.utf8)), file: "q.csv", diagnostics: &diagnostics))
        #expect(table.rows.map(\.cells) == [["x;y", "z\"\"w", ""]])
        #expect(!diagnostics.hasErrors)
    }

    // MARK: Text metrics

    /// The cut as it was written first (one character off at a time, measuring the whole rest each time).
    static func referenceTruncate(_ text: String, size: Double, maximum: Double) -> String {
        guard TextMetrics.width(text, size: size) > maximum else { return text }
        var characters = Array(text)
        while !characters.isEmpty, TextMetrics.width(String(characters) + "…", size: size) > maximum {
            characters.removeLast()
        }
        return String(characters).trimmingCharacters(in: .whitespaces) + "…"
    }

    static let labels = [
        "", "a", "Kunstmatige intelligentie", "Gezondheids- en welzijnszorg", "Café de Ĳssel — één oplossing",
        "Provincie Fryslân / Noord-Nederland", "e\u{301}e\u{301}e\u{301} combining accents", "🇳🇱 vlag en emoji 👩‍💻",
        "    spaties     rondom    ", "Zeer-lange-samengestelde-naam-zonder-spaties-die-nooit-past",
    ]

    @Test(arguments: [20.0, 60.0, 140.0, 400.0])
    func truncateCutsWhereTheCharacterByCharacterCutDid(maximum: Double) {
        for label in Self.labels {
            #expect(TextMetrics.truncate(label, size: 12, maximum: maximum)
                    == Self.referenceTruncate(label, size: 12, maximum: maximum), "\(label)")
        }
    }

    @Test func aVeryLongLabelIsCutInLinearTime() {
        let label = String(repeating: "Smart Industry ", count: 20_000)
        var cut = ""
        let time = Self.seconds { cut = TextMetrics.truncate(label, size: 12, maximum: 200) }
        #expect(cut.hasSuffix("…") && TextMetrics.width(cut, size: 12) <= 200)
        #expect(cut == Self.referenceTruncate(String(label.prefix(200)), size: 12, maximum: 200))
        #expect(time < 2, "\(time) s")
    }

    /// Wrapping as it was written first (measuring every candidate line whole).
    static func referenceWrap(_ text: String, size: Double, maximum: Double, lines limit: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if TextMetrics.width(candidate, size: size) <= maximum || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > limit {
            lines = Array(lines.prefix(limit))
            lines[limit - 1] += " …"
        }
        return lines.map { referenceTruncate($0, size: size, maximum: maximum) }
    }

    @Test(arguments: [40.0, 90.0, 180.0])
    func wrapBreaksWhereItDid(maximum: Double) {
        for label in Self.labels + ["Informatie-asymmetrie tussen aanbieders en ondernemers in het mkb"] {
            for limit in 1...3 {
                #expect(TextMetrics.wrap(label, size: 11, maximum: maximum, lines: limit)
                        == Self.referenceWrap(label, size: 11, maximum: maximum, lines: limit), "\(label)")
            }
        }
    }

    // MARK: Drawings

    @Test func everyFigureIsDrawnOnceForTheFileAndTheHTMLReport() throws {
        let dataset = try #require(try DatasetLoader.load(input: ProjectPaths.input, year: 2023).dataset)
        var diagnostics = Diagnostics()
        let templates = try #require(ReportTemplates.load(folder: ProjectPaths.templates, diagnostics: &diagnostics))
        let materials = ReportMaterials(dataset: dataset, figures: FigureSet(dataset: dataset), templates: templates)
        #expect(Set(materials.drawn.keys) == Set(FigureID.allCases.filter(\.hasDrawing)))
        for id in FigureID.allCases where id.hasDrawing {
            #expect(materials.svg(id) == materials.drawings.svg(id))
            #expect(materials.svg(id, inline: true) == materials.drawings.svg(id, inline: true))
            #expect(materials.svg(id, inline: true).contains("role=\"img\"") && !materials.svg(id).contains("role=\"img\""))
        }
    }

    // MARK: Open vocabularies

    @Test func manyOpenLabelsAreOrderedOnceEach() throws {
        let count = 6_000
        let rows = (0..<count).map { index in
            // Every label once, one more often than the rest; "Gedeeld" is both a technology and a goal.
            FixtureCSV.row("UT-\(index)", "I\(index)", "A") + ["Techniek \(index)", index % 2 == 0 ? "Gedeeld" : "", "Gedeeld"]
        }
        let input = try TemporaryInput()
        defer { input.remove() }
        _ = try input.write("utrecht.csv", FixtureCSV.semicolon(extra: ["technologie", "toepassing", "doel"], rows: rows))
        let dataset = try #require(try input.load().dataset)
        var figure: Figure?
        let time = Self.seconds { figure = OpenVocabularyBuilder.make(FigureContext(dataset: dataset)) }
        let categories = try #require(figure).categories
        #expect(categories.count == count + 1)
        #expect(Set(categories).count == categories.count)
        // Vocabulary by vocabulary: the technologies (all once, so alphabetical), then "Gedeeld" once.
        #expect(Array(categories.dropLast()) == (0..<count).map { "Techniek \($0)" }.sorted())
        #expect(categories.last == "Gedeeld")
        #expect(time < 10, "\(time) s")
    }
}
