import Foundation
import Testing
@testable import RegioscanCore

@Suite("Ecosysteemkaart", .serialized)
struct EcosystemMapTests {
    /// A run on a copy of the shipped sample (which has contact persons and e-mail addresses in its input).
    static let sample: ReportRun = try! ReportRun.sample()

    /// The text of the `<script type="application/json">` element with this id.
    static func jsonBlock(_ html: String, id: String) throws -> String {
        let open = try #require(html.range(of: "<script type=\"application/json\" id=\"\(id)\">"))
        let close = try #require(html.range(of: "</script>", range: open.upperBound..<html.endIndex))
        return String(html[open.upperBound..<close.lowerBound])
    }

    static func data(_ html: String) throws -> [String: Any] {
        let json = try jsonBlock(html, id: "kaart-data")
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    static func keyFigure(_ run: ReportRun, _ province: String, _ name: String) throws -> Int {
        let rows = TableCSV.parse(try run.text("tabellen/kerncijfers.csv")).rows
        return Int(try #require(rows.first { $0.province == province && $0.category == name }).value)
    }

    /// The page without the contents of its script elements: the markup a browser would load resources for.
    static func markup(_ html: String) -> String {
        var rest = html[...]
        var markup = ""
        while let open = rest.range(of: "<script") {
            markup += rest[..<open.lowerBound]
            guard let close = rest.range(of: "</script>", range: open.upperBound..<rest.endIndex) else { break }
            rest = rest[close.upperBound...]
        }
        return markup + rest
    }

    @Test func isWrittenAndSelfContained() throws {
        let html = try Self.sample.text("ecosysteemkaart.html")
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"))
        // Nothing is loaded: no src at all, and every href in the markup points into the page.
        let markup = Self.markup(html)
        let attribute = try NSRegularExpression(pattern: "\\s(src|href|action|srcset|data)\\s*=\\s*[\"']?([^\"'\\s>]*)")
        for match in attribute.matches(in: markup, range: NSRange(markup.startIndex..., in: markup)) {
            let name = String(markup[Range(match.range(at: 1), in: markup)!])
            let value = String(markup[Range(match.range(at: 2), in: markup)!])
            #expect(name == "href" && value.hasPrefix("#"), "\(name)=\(value)")
        }
        #expect(!markup.contains("http://") && !markup.contains("https://"))
        for forbidden in ["<link", "<img", "<iframe", "<object", "<embed", "@import", "url(", "@font-face", "<script src",
                          "fetch(", "XMLHttpRequest", "WebSocket", "sendBeacon"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        // Website addresses only live in the data, as text that the script turns into links.
        #expect(try Self.jsonBlock(html, id: "kaart-data").contains("https://"), "websites stay")
    }

    @Test func holdsNoPersonalData() throws {
        let html = try Self.sample.text("ecosysteemkaart.html")
        let email = try NSRegularExpression(pattern: "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")
        #expect(email.firstMatch(in: html, range: NSRange(html.startIndex..., in: html)) == nil)
        #expect(!(try Self.jsonBlock(html, id: "kaart-data")).contains("@"))
        let personal = Self.sample.outcome.dataset.personal.values.flatMap { $0 }.map(\.value).filter { !$0.isEmpty }
        #expect(!personal.isEmpty, "the sample has contact persons, so this test can fail")
        for value in Set(personal) {
            #expect(!html.contains(value) && !html.contains(JSONText.quoted(value).dropFirst().dropLast()), "\(value)")
        }
    }

    @Test func dataParsesAndCountsEqualTheKeyFigures() throws {
        let html = try Self.sample.text("ecosysteemkaart.html")
        let data = try Self.data(html)
        let activities = try #require(data["activiteiten"] as? [[Any]])
        let initiatives = try #require(data["initiatieven"] as? [[String]])
        #expect(activities.count == (try Self.keyFigure(Self.sample, "Nederland", "activiteiten")))
        #expect(initiatives.count == (try Self.keyFigure(Self.sample, "Nederland", "initiatieven")))
        let facets = try #require(data["facetten"] as? [[String: Any]])
        let provinceFacet = try #require(facets.first { $0["sleutel"] as? String == "provincie" })
        let provinces = try #require(provinceFacet["waarden"] as? [String])
        let column = 8 + facets.prefix { $0["sleutel"] as? String != "provincie" }.filter { $0["aanbieder"] == nil }.count
        for (index, province) in provinces.enumerated() {
            let inData = activities.filter { ($0[column] as? Int) == index }
            #expect(inData.count == (try Self.keyFigure(Self.sample, province, "activiteiten")), "\(province)")
            let initiativesInData = Set(inData.compactMap { $0[0] as? Int })
            #expect(initiativesInData.count == (try Self.keyFigure(Self.sample, province, "initiatieven")), "\(province)")
        }
        let texts = try JSONSerialization.jsonObject(with: Data(try Self.jsonBlock(html, id: "kaart-teksten").utf8))
        #expect((texts as? [String: Any])?["geenLeerkringen"] is String)
        // The map's tab holds the same learning circles as tabellen/leerkringen.csv, with the same members.
        let circles = try #require(data["leerkringen"] as? [[String: Any]])
        let table = try Self.sample.text("tabellen/leerkringen.csv").split(separator: "\n").dropFirst()
        var members: [String: Set<String>] = [:]
        for line in table { let cells = line.split(separator: ",", maxSplits: 2); members[String(cells[0]), default: []].insert(String(cells[1])) }
        #expect(!circles.isEmpty, "the sample forms learning circles, so this test can fail")
        #expect(circles.count == members.count)
        for circle in circles {
            let name = try #require(circle["naam"] as? String)
            let number = try #require(name.split(separator: " ").last.map(String.init))
            let ids = Set(try #require(circle["initiatieven"] as? [Int]).map { initiatives[$0][0] })
            #expect(name.hasPrefix("Leerkring ") && ids == members[number], "\(name)")
        }
    }

    @Test func offersEveryFacetOfTheIssue() throws {
        let data = try Self.data(try Self.sample.text("ecosysteemkaart.html"))
        let keys = try #require(data["facetten"] as? [[String: Any]]).compactMap { $0["sleutel"] as? String }
        #expect(keys == ["provincie", "type", "knelpuntgroep", "knelpunt", "marktfalen", "sector", "omvang", "fase",
                         "maturiteit", "digitaliseringsvorm", "technologie", "toepassing", "doel", "bereiksklasse",
                         "inspanningsklasse", "aanbieder", "goodpractice"])
    }

    @Test func textFromTheInputCannotCloseTheScriptOrLeakAnAddress() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        let name = "</script><script>alert(1)</script><!--"
        try input.write("u.csv", FixtureCSV.semicolon(extra: ["toelichting", "website"], rows: [
            FixtureCSV.row("UT-001", name, "Activiteit & <b>") + ["Mail jan@example.nl voor info", "mailto:jan@example.nl"],
        ]))
        let run = try ReportRun.run(input)
        defer { run.remove() }
        let html = try run.text("ecosysteemkaart.html")
        // Texts, data and script: three script elements, and the name closes none of them.
        #expect(html.components(separatedBy: "</script>").count - 1 == 3)
        #expect(!html.contains("<script>alert"))
        #expect(!(try Self.jsonBlock(html, id: "kaart-data")).contains("@"))
        let data = try Self.data(html)
        let initiatives = try #require(data["initiatieven"] as? [[String]])
        #expect(initiatives == [["UT-001", name, ""]])
        let texts = try #require(data["s"] as? [String])
        #expect(texts.contains("Activiteit & <b>"))
        #expect(texts.contains("Mail \(MapPublicText.omission) voor info"))
    }

    /// A website is trimmed; one that is an address, in any case of `mailto:`, is left out.
    @Test func aWebsiteThatIsAnAddressIsLeftOut() {
        #expect(MapPublicText.website("  https://mkb.example.nl/\u{200B}") == "https://mkb.example.nl/")
        #expect(MapPublicText.website("MailTo:info") == "")
        #expect(MapPublicText.website(" MAILTO:x") == "")
        #expect(MapPublicText.website("mailto") == "mailto")
        #expect(MapPublicText.website("mailt\u{1A}") == "mailt\u{1A}")
        #expect(MapPublicText.website("mail\u{1A}o:x") == "mail\u{1A}o:x")
        #expect(MapPublicText.website("www.voorbeeld.nl/@team") == "")
        #expect(MapPublicText.website("") == "")
    }

    @Test func jsonEscapesWhatHTMLOrOlderParsersWouldMisread() {
        #expect(JSONText.quoted("</script>") == "\"\\u003c/script\\u003e\"")
        #expect(JSONText.quoted("a & b <!--") == "\"a \\u0026 b \\u003c!--\"")
        #expect(JSONText.quoted("x\u{2028}y\u{2029}") == "\"x\\u2028y\\u2029\"")
        #expect(JSONText.quoted("\"\\\n\t\u{1}") == "\"\\\"\\\\\\n\\t\\u0001\"")
    }

    @Test func modelledClassFacetsNeedClassesInTheTaxonomy() throws {
        var dataset = try #require(SampleDataTests.result.dataset)
        let keys = { (dataset: Dataset) in EcosystemMapData(dataset: dataset, circles: []).facets().map(\.key) }
        #expect(keys(dataset).contains("bereiksklasse") && keys(dataset).contains("inspanningsklasse"))
        let archetypes = dataset.taxonomy.archetypes
        let plain = archetypes.categories.map { Category(codes: $0.codes, label: $0.label, aliases: $0.aliases) }
        dataset.taxonomy.dimensions[.archetype] = Dimension(id: .archetype, title: archetypes.title, categories: plain)
        #expect(!keys(dataset).contains("bereiksklasse") && !keys(dataset).contains("inspanningsklasse"))
        #expect(EcosystemMapData(dataset: dataset, circles: []).json().contains("\"sleutel\":\"type\""))
    }

    @Test func learningCirclesReachTheTab() throws {
        let dataset = try #require(SampleDataTests.result.dataset)
        let circle = MapLearningCircle(name: "Kring <1>", description: "Werken met studenten", initiatives: [3, 1, 2])
        let json = EcosystemMapData(dataset: dataset, circles: [circle]).json()
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let circles = try #require(data["leerkringen"] as? [[String: Any]])
        #expect(circles.count == 1)
        #expect(circles.first?["naam"] as? String == "Kring <1>")
        #expect(circles.first?["omschrijving"] as? String == "Werken met studenten")
        #expect(circles.first?["initiatieven"] as? [Int] == [3, 1, 2])
    }

    @Test func aMisspeltNameInTheMapTemplateIsAnError() throws {
        let folder = NSTemporaryDirectory() + "regioscan-templates-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: ProjectPaths.templates, toPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/" + ReportTemplates.mapPageFile
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "{{scanjaar}}", with: "{{scanjar}}").write(toFile: path, atomically: true, encoding: .utf8)
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("u.csv", FixtureCSV.semicolon(rows: [FixtureCSV.row()]))
        let output = NSTemporaryDirectory() + "regioscan-output-" + UUID().uuidString
        #expect {
            try ReportPipeline.run(ReportOptions(input: input.root, output: output, templates: folder))
        } throws: { error in
            guard case RegioscanError.invalidInput(let diagnostics) = error else { return false }
            return diagnostics.errors.map(\.message) == ["sjabloon gebruikt \"scanjar\", maar die waarde bestaat niet (tikfout?)"]
        }
    }

    /// The map's texts are numbered in order of first use, each distinct text once; two spellings of "é" are two
    /// texts, each shown with its own bytes.
    @Test func textTableNumbersTextsByTheirBytes() {
        var table = MapTextTable()
        #expect(table.index("Caf\u{E9}") == 0)
        #expect(table.index("Zorg") == 1)
        #expect(table.index("Caf\u{E9}") == 0)
        #expect(table.index("Cafe\u{301}") == 2)
        #expect(table.texts.map { Array($0.utf8) } == [Array("Caf\u{E9}".utf8), Array("Zorg".utf8), Array("Cafe\u{301}".utf8)])
    }

}
