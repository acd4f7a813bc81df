import Foundation
import Testing
@testable import RegioscanCore

@Suite("Rapport: HTML, Markdown, SVG en gedrag van een run", .serialized)
struct ReportOutputTests {
    static let golden: ReportRun = try! ReportRun.golden()

    @Test func htmlIsWellFormedAndHasEveryFigureAndTable() throws {
        let html = XMLDocumentSummary(Data(try Self.golden.bytes("rapport.html")))
        #expect(html.isWellFormed, "\(html.error ?? "")")
        let ids = Set(html.elements.compactMap { $0.attributes["id"] })
        for id in FigureID.allCases where id.hasDrawing {
            #expect(ids.contains(id.fileName), "figure \(id.rawValue) missing")
        }
        let captions = html.elements(named: "caption").count
        #expect(captions >= 20)
        #expect(html.elements(named: "th").contains { $0.attributes["scope"] == "col" })
        #expect(html.elements(named: "th").contains { $0.attributes["scope"] == "row" })
        #expect(html.elements(named: "nav").count == 1)
        // Figures 1–3 (the framework) and the 16 charts.
        #expect(html.elements(named: "figcaption").count == 19)
        #expect(html.elements(named: "svg").count == 19)
        #expect(html.elements(named: "svg").allSatisfy { $0.attributes["role"] == "img" })
        #expect(html.elements(named: "title").count >= 17)
        #expect(html.text.contains("ondergrenzen"))
    }

    @Test func everyFoldedTableHasAPrintCopy() throws {
        let text = try Self.golden.text("rapport.html")
        let folded = text.components(separatedBy: "<details>").count - 1
        #expect(folded > 0)
        #expect(text.components(separatedBy: "<div class=\"cijfers-print\">").count - 1 == folded)
    }

    @Test func htmlMakesNoNetworkRequest() throws {
        let text = try Self.golden.text("rapport.html")
        let html = XMLDocumentSummary(Data(text.utf8))
        for element in html.elements {
            for name in ["src", "href", "xlink:href", "action", "data"] {
                guard let value = element.attributes[name] else { continue }
                #expect(value.hasPrefix("#"), "\(element.name) \(name)=\(value)")
            }
        }
        for forbidden in ["<script", "<link", "<img", "<iframe", "@import", "url(", "@font-face"] {
            #expect(!text.contains(forbidden), "\(forbidden)")
        }
    }

    @Test func sampleBannerOnlyForSampleData() throws {
        #expect(!(try Self.golden.text("rapport.html")).contains("class=\"voorbeelddata\""))
        let run = try ReportRun.sample()
        defer { run.remove() }
        let html = try run.text("rapport.html")
        let banner = try #require(html.range(of: "class=\"voorbeelddata\""))
        let body = try #require(html.range(of: "<body>"))
        #expect(html.distance(from: body.upperBound, to: banner.lowerBound) < 10, "the banner opens the page")
        #expect(try run.text("rapport.md").contains("voorbeelddata"))
        #expect(try run.text("figuren/figuur-06.svg").contains("VOORBEELDDATA"))
        #expect(try run.text("validatie.md").contains("voorbeelddata"))
    }

    @Test func markdownReferencesEveryFigureAsSVGAndHasTables() throws {
        let markdown = try Self.golden.text("rapport.md")
        let files = Set(Self.golden.allFiles())
        for id in FigureID.allCases where id.hasDrawing && ![.reachEffortClasses, .commonProviders, .goodPractices].contains(id) {
            let link = "(figuren/\(id.fileName).svg)"
            #expect(markdown.contains(link), "\(link)")
            #expect(files.contains("figuren/\(id.fileName).svg"))
        }
        #expect(markdown.contains("| Type activiteit | Activiteiten |"))
        #expect(markdown.contains("| Workshops \\& kennisevents | 2 |"))
        #expect(markdown.contains("*Figuur 6 – Aantal activiteiten per type activiteit*"))
        #expect(!markdown.contains("{{") && !markdown.contains("[[figuur"))
    }

    @Test func proseTakesItsNumbersAndRankingsFromTheFigures() throws {
        let markdown = try Self.golden.text("rapport.md")
        #expect(markdown.contains("De scan beschrijft 4 initiatieven met samen 7 activiteiten: gemiddeld 1,8 per initiatief, met uitersten van 1 tot 2."))
        #expect(markdown.contains("Van de sectoren worden Industrie (100) het meest bereikt."), "a ranking names no zero")
        #expect(markdown.contains("- Hoog (landelijk 12,5%): Flevoland (33,3%)"), "provinces above the national share, with both shares")
        #expect(markdown.contains("De meeste verbindingen hebben Ministerie van Economische Zaken en Klimaat (5)"))
        #expect(markdown.contains("Binnen *Niet kunnen* gaan de meeste activiteiten over"))
    }

    @Test func svgFiguresAreAccessibleAndUseDutchNumbers() throws {
        for id in FigureID.allCases where id.hasDrawing {
            let svg = XMLDocumentSummary(Data(try Self.golden.bytes("figuren/\(id.fileName).svg")))
            #expect(svg.isWellFormed, "\(id.rawValue): \(svg.error ?? "")")
            #expect(svg.elements.first?.name == "svg")
            #expect(svg.elements.dropFirst().first?.name == "title")
            #expect(svg.elements.dropFirst(2).first?.name == "desc")
        }
        #expect(try Self.golden.text("figuren/figuur-21.svg").contains(">1.000<"))
        #expect(try Self.golden.text("figuren/figuur-07.svg").contains(">50%<"))
    }

    @Test func personalDataAppearsNowhere() throws {
        for file in Self.golden.allFiles() {
            let text = String(decoding: try Self.golden.bytes(file), as: UTF8.self)
            for secret in ["Anna de Boer", "anna@example.nl", "Bert Bos", "bert@example.nl"] {
                #expect(!text.contains(secret), "\(secret) in \(file)")
            }
        }
    }

    @Test func validationReportGroupsWarningsByFile() throws {
        let text = try Self.golden.text("validatie.md")
        #expect(text.contains("## \(Self.golden.input.yearFolder)/aanlevering.csv"))
        #expect(text.contains("regel 8: kolom bereik: bereik \"ca. 200\" is een schatting en telt als 200"))
    }

    @Test func twoRunsGiveIdenticalBytes() throws {
        let second = try ReportRun.run(Self.golden.input)
        defer { try? FileManager.default.removeItem(atPath: second.output) }
        #expect(second.allFiles() == Self.golden.allFiles())
        for file in Self.golden.allFiles() {
            #expect(try second.bytes(file) == (try Self.golden.bytes(file)), "\(file) differs between runs")
        }
    }

    @Test func inputErrorsLeaveThePreviousOutputAsItWas() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("u.csv", FixtureCSV.semicolon(rows: [FixtureCSV.row()]))
        let first = try ReportRun.run(input)
        defer { first.remove() }
        let before = try first.allFiles().map { try first.bytes($0) }
        try input.write("u.csv", FixtureCSV.semicolon(rows: [FixtureCSV.row(type: "Workshop")]))
        #expect(throws: RegioscanError.self) {
            try ReportPipeline.run(ReportOptions(input: input.root, output: first.output, templates: ProjectPaths.templates))
        }
        #expect(try first.allFiles().map { try first.bytes($0) } == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: first.output).sorted() == [".2023.lock", "2023"])
    }

    @Test func anInterruptedRunLeavesNothingBehindOnTheNextRun() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("u.csv", FixtureCSV.semicolon(rows: [FixtureCSV.row()]))
        let output = NSTemporaryDirectory() + "regioscan-output-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        try FileManager.default.createDirectory(atPath: output + "/.2023.nieuw-99999/figuren", withIntermediateDirectories: true)
        _ = try ReportPipeline.run(ReportOptions(input: input.root, output: output, templates: ProjectPaths.templates))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output).sorted() == [".2023.lock", "2023"])
    }
}

@Suite("Invoertekst wordt nooit opmaak of formule")
struct InjectionTests {
    static let names = ["<script>alert(\"x\")</script>", "**vet** [link](https://evil.example)", "=HYPERLINK(\"https://x\")"]

    static let run: ReportRun = {
        let input = try! TemporaryInput()
        let rows = [
            ["Utrecht", "UT-001", names[0], "A1", "1", "<b>Evil</b> BV", "ja"],
            ["Flevoland", "FL-001", names[1], "A1", "2", "@SUM(1)", "ja"],
            ["Zeeland", "ZE-001", names[2], "A1", "3", "-2+3", "ja"],
        ]
        try! input.write("landelijk.csv", FixtureCSV.semicolon(extra: ["financier", "good_practice"], rows: rows))
        return try! ReportRun.run(input)
    }()

    @Test func htmlShowsMarkupAsText() throws {
        let text = try Self.run.text("rapport.html")
        #expect(!text.contains("<script"))
        #expect(!text.contains("<b>Evil"))
        #expect(!text.contains("href=\"https://evil.example\""))
        let html = XMLDocumentSummary(Data(text.utf8))
        #expect(html.isWellFormed)
        #expect(html.text.contains(Self.names[0]))
        #expect(html.text.contains(Self.names[1]))
    }

    @Test func markdownEscapesMarkup() throws {
        let markdown = try Self.run.text("rapport.md")
        #expect(markdown.contains("\\<script\\>alert(\"x\")\\</script\\>"))
        #expect(markdown.contains("\\*\\*vet\\*\\* \\[link\\](https://evil.example)"))
        #expect(!markdown.contains("<script>"))
    }

    @Test func svgEscapesMarkup() throws {
        let svg = try Self.run.text("figuren/figuur-22.svg")
        #expect(svg.contains("&lt;script&gt;"))
        #expect(XMLDocumentSummary(Data(svg.utf8)).isWellFormed)
    }

    @Test func csvTablesNeverStartACellWithAFormulaCharacter() throws {
        let goodPractices = try Self.run.text("tabellen/figuur-22.csv")
        #expect(goodPractices.contains(",\"'=HYPERLINK(\"\"https://x\"\")\","))
        let providers = try Self.run.text("tabellen/figuur-17.csv")
        #expect(providers.contains(",'@SUM(1),"))
        #expect(providers.contains(",'-2+3,"))
        for file in Self.run.allFiles() where file.hasPrefix("tabellen/") && file.hasSuffix(".csv") {
            for row in TableCSV.parse(try Self.run.text(file)).rows {
                for cell in [row.province, row.series, row.category] {
                    #expect(!(cell.first.map { "=+-@".contains($0) } ?? false), "\(file): \(cell)")
                }
            }
        }
        // The data files kept for comparisons (data/*.csv) are CSV a spreadsheet may open too.
        for file in Self.run.allFiles() where file.hasPrefix("data/") && file.hasSuffix(".csv") {
            var diagnostics = Diagnostics()
            let table = try #require(CSVReader.read(DecodedText(bytes: try Self.run.bytes(file)), file: file, diagnostics: &diagnostics))
            for cell in table.rows.flatMap(\.cells) {
                #expect(!(cell.first.map { "=+-@".contains($0) } ?? false), "\(file): \(cell)")
            }
        }
    }
}

@Suite("Rapport op kleine of schrale invoer")
struct SparseReportTests {
    @Test func oneActivityWithOnlyTheRequiredColumnsGivesACompleteReport() throws {
        let input = try TemporaryInput()
        try input.write("zeeland.csv", "initiatief_id;initiatief;activiteit;type_activiteit\nZE-1;Alleen;Eén;Kennisplatform\n")
        let run = try ReportRun.run(input)
        defer { run.remove() }
        let files = Set(run.allFiles())
        for id in FigureID.allCases {
            if id.hasTable { #expect(files.contains("tabellen/\(id.fileName).csv")) }
            if id.hasDrawing { #expect(files.contains("figuren/\(id.fileName).svg")) }
        }
        #expect(files.contains("ecosysteemkaart.html"))
        #expect(files.contains("tabellen/leerkringen.csv") && files.contains(DatabaseWriter.path))
        for file in ["wijzigingen.md", "data/activiteiten.csv", "data/taxonomie.csv"] { #expect(files.contains(file)) }
        // 19 tables and the network's edge list, 19 charts, figures 1–3, the report files, 13 workbooks, the
        // map, the learning circles, the database and the data files kept for comparisons.
        // Plus the province report: Markdown, HTML, the index, and the 13 figures beside the country that have rows
        // (figure 14 has no labels and the network no providers, so neither is drawn nor referenced).
        #expect(files.count == 19 + 1 + 19 + 3 + 3 + 13 + 1 + 2 + 3 + 3 + 13)
        #expect(files.contains("tabellen/figuur-17-verbindingen.csv"))
        #expect(!files.contains("provincies/figuren/zeeland-figuur-14.svg"))
        #expect(XMLDocumentSummary(Data(try run.bytes("rapport.html"))).isWellFormed)
        #expect(XMLDocumentSummary(Data(try run.bytes("provincies/Zeeland.html"))).isWellFormed)
        #expect(XMLDocumentSummary(Data(try run.bytes("provincies/index.html"))).isWellFormed)
        let province = try run.text("provincies/Zeeland.md")
        #expect(!province.contains(" false") && !province.contains(" nil") && !province.contains(" ."))
        for id in FigureID.allCases where id.hasDrawing {
            #expect(XMLDocumentSummary(Data(try run.bytes("figuren/\(id.fileName).svg"))).isWellFormed, "\(id.rawValue)")
        }
        let book = try XLSXReader(path: run.folder + "/werkboeken/Zeeland.xlsx")
        #expect(book.sheetNames.count == 24)
        // Sentences whose list would be empty are left out, not printed with a gap.
        let markdown = try run.text("rapport.md")
        for line in markdown.split(separator: "\n") where !line.hasPrefix("|") {
            #expect(!line.trimmingCharacters(in: .whitespaces).contains("  "), "\(line)")
        }
        #expect(!markdown.contains(" nil") && !markdown.contains(" false") && !markdown.contains(" ."))
        #expect(!markdown.contains("Van de sectoren worden"))
    }
}
