import Foundation
import Testing
@testable import RegioscanCore

/// Two scan years of Utrecht and Zeeland: in Utrecht one reach changed, one initiative renamed and one replaced
/// (Kennisplatform → Scans & assessments); in Zeeland one initiative continued and one is new.
private struct TwoYears {
    static let header = "provincie;initiatief_id;initiatief;activiteit;type_activiteit;initiatiefnemer;uitvoerder;bereik"
    let input: TemporaryInput
    let output = NSTemporaryDirectory() + "regioscan-development-" + UUID().uuidString

    init() throws {
        input = try TemporaryInput(year: 2024)
        try FileManager.default.createDirectory(atPath: input.root + "/2023", withIntermediateDirectories: true)
        let old = [Self.header,
                   "Utrecht;UT-001;Datalab Utrecht;Workshop AI;Signaleren;Provincie Utrecht;Hogeschool Utrecht;100",
                   "Utrecht;UT-002;Netwerk Utrecht;Netwerkavond;Signaleren;Gemeente Utrecht;ROM Regio Utrecht;40",
                   "Utrecht;UT-003;Kennisbank Utrecht;Kennisbank;Kennisplatform;EZK;EZK;10",
                   "Zeeland;ZE-001;Digitaal Zeeland;Spreekuur;Signaleren;Provincie Zeeland;Impuls Zeeland;30"]
        let new = [Self.header,
                   "Utrecht;UT-001;Datalab Utrecht;Workshop AI;Signaleren;Provincie Utrecht;Hogeschool Utrecht;120",
                   "Utrecht;UT-010;Netwerk Utrecht Plus;Netwerkavond;Signaleren;Gemeente Utrecht;ROM Regio Utrecht;40",
                   "Utrecht;UT-011;Cyberscan Utrecht;Scan;Scans & assessments;Provincie Utrecht;Hogeschool Utrecht;5",
                   "Zeeland;ZE-001;Digitaal Zeeland;Spreekuur;Signaleren;Provincie Zeeland;Impuls Zeeland;30",
                   "Zeeland;ZE-002;Datadag Zeeland;Datadag;Signaleren;Provincie Zeeland;Impuls Zeeland;12"]
        try Data((old.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: input.root + "/2023/u.csv"))
        try input.write("u.csv", new.joined(separator: "\n") + "\n")
    }

    var folder: String { output + "/2024" }

    func run(templates: String = ProjectPaths.templates) throws -> ReportOutcome {
        try ReportPipeline.run(ReportOptions(input: input.root, output: output, year: 2024, templates: templates,
                                             compareWith: "2023"))
    }

    func text(_ path: String) throws -> String { try String(contentsOfFile: folder + "/" + path, encoding: .utf8) }

    func comparison() throws -> (YearComparison, FigureTexts) {
        let loaded = try input.load()
        let dataset = try #require(loaded.dataset, "\(loaded.diagnostics.texts())")
        let comparison = try ComparisonLoader.comparison(with: "2023", options: ReportOptions(input: input.root, year: 2024),
                                                         dataset: dataset, figures: FigureSet(dataset: dataset))
        var diagnostics = Diagnostics()
        let templates = try #require(ReportTemplates.load(folder: ProjectPaths.templates, diagnostics: &diagnostics))
        return (comparison, templates.figureTexts)
    }

    /// A copy of the shipped templates with one file's text replaced.
    func templates(editing file: String, _ old: String, _ new: String) throws -> String {
        let folder = output + "-sjablonen"
        try FileManager.default.copyItem(atPath: ProjectPaths.templates, toPath: folder)
        let path = folder + "/" + file
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(old), "\(old) must be in \(file)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: URL(fileURLWithPath: path))
        return folder
    }

    func remove() {
        input.remove()
        try? FileManager.default.removeItem(atPath: output)
        try? FileManager.default.removeItem(atPath: output + "-sjablonen")
    }
}

@Suite("Hoofdstuk Ontwikkeling: grafieken, sjablonen en provincies")
struct DevelopmentReportTests {
    @Test func theChapterHasChartsOfTheComparedValues() throws {
        let years = try TwoYears()
        defer { years.remove() }
        _ = try years.run()
        let reach = try years.text("figuren/ontwikkeling-02.svg")
        // Utrecht 150 → 165 and Zeeland 30 → 42, each with its difference; the base counts activities with reach.
        #expect(reach.contains(">150<") && reach.contains(">165 (+15)<"))
        #expect(reach.contains(">42 (+12)<"))
        #expect(reach.contains("Basis: activiteiten met bekend bereik; in Nederland 4 in 2023 en 5 in 2024."))
        #expect(reach.contains("<title id=\"ontwikkeling-02-titel\">Figuur 6.2 – Geregistreerd bereik per provincie in 2023 en 2024</title>"))
        let activities = try years.text("figuren/ontwikkeling-01.svg")
        #expect(activities.contains(">3 (±0)<") && activities.contains(">2 (+1)<"))
        // Kennisplatform went from a third of Utrecht's activities to none; Scans & assessments the other way.
        let shares = try years.text("figuren/ontwikkeling-03.svg")
        #expect(shares.contains(">−33,3<") && shares.contains(">+33,3<"))
        #expect(shares.contains("Utrecht, Kennisplatform: 33,3% → 0,0%"))
        let markdown = try years.text("rapport.md")
        for chart in ["01", "02", "03"] {
            #expect(markdown.contains("](figuren/ontwikkeling-\(chart).svg)"))
        }
        let html = try years.text("rapport.html")
        #expect(html.contains("<div class=\"figuur\" id=\"ontwikkeling-03\">"))
        #expect(html.contains("aria-labelledby=\"ontwikkeling-01-titel ontwikkeling-01-beschrijving\""))
        // Tables in the prose of the chapter are valid HTML5: alignment as a style, not as the old attribute.
        #expect(!html.contains(" align=\""))
    }

    @Test func eachProvinceReportHasItsOwnChapter() throws {
        let years = try TwoYears()
        defer { years.remove() }
        _ = try years.run()
        let utrecht = try years.text("provincies/Utrecht.md")
        let zeeland = try years.text("provincies/Zeeland.md")
        for report in [utrecht, zeeland] { #expect(report.contains("## 7 Ontwikkeling sinds 2023")) }
        // Utrecht: one initiative continues, two are new and two stopped; only Utrecht's initiatives are named.
        #expect(utrecht.contains("Initiatieven van Utrecht, op `initiatief_id` vergeleken: doorlopend 1, nieuw 2, gestopt 2."), "\(utrecht)")
        #expect(!utrecht.contains("Datadag Zeeland"))
        #expect(zeeland.contains("Initiatieven van Zeeland, op `initiatief_id` vergeleken: doorlopend 1, nieuw 1, gestopt 0."), "\(zeeland)")
        #expect(zeeland.contains("Datadag Zeeland") && !zeeland.contains("Cyberscan Utrecht"))
        // Without a comparison there is no such chapter.
        let single = try TwoYears()
        defer { single.remove() }
        _ = try ReportPipeline.run(ReportOptions(input: single.input.root, output: single.output, year: 2024,
                                                 templates: ProjectPaths.templates))
        #expect(!(try single.text("provincies/Utrecht.md")).contains("Ontwikkeling sinds"))
    }

    @Test func aShareChartOnlyWhenAShareMoved() throws {
        let years = try TwoYears()
        defer { years.remove() }
        let (comparison, texts) = try years.comparison()
        #expect(DevelopmentCharts(comparison: comparison, texts: texts).available == [.activities, .reach, .shares])
        // Zeeland's shares did not move (all Signaleren in both years): its own chart has no share grid.
        #expect(DevelopmentCharts(comparison: comparison, texts: texts, scope: "Zeeland").available == [.activities, .reach])
    }

    @Test func theChapterFactsTakeAProvinceScope() throws {
        let years = try TwoYears()
        defer { years.remove() }
        let (comparison, texts) = try years.comparison()
        let national = DevelopmentFacts(comparison: comparison, texts: texts).context()
        let utrecht = DevelopmentFacts(comparison: comparison, texts: texts, scope: "Utrecht").context()
        let zeeland = DevelopmentFacts(comparison: comparison, texts: texts, scope: "Zeeland").context()
        #expect(Set(utrecht.keys) == Set(national.keys) && Set(zeeland.keys) == Set(national.keys))
        #expect(national["gebied"] as? String == "Landelijk" && utrecht["gebied"] as? String == "In Utrecht")
        #expect((utrecht["kerncijfers_zin"] as? String)?.hasPrefix("Utrecht, van 2023 naar 2024: ") == true)
        #expect((utrecht["kerncijfers_zin"] as? String)?.contains("geregistreerd bereik: van 150 naar 165 (+15)") == true)
        #expect((zeeland["kerncijfers_zin"] as? String)?.contains("geregistreerd bereik: van 30 naar 42 (+12)") == true)
        // Shares exist per province only: Utrecht's figure table has them, the national one does not.
        #expect((utrecht["figuren_tabel"] as? String)?.contains("| Figuur 7 |") == true)
        #expect((national["figuren_tabel"] as? String)?.contains("| Figuur 7 |") == false)
        // Each scope counts its own initiatives.
        let counts = { (context: [String: Any]) in (context["initiatieven"] as? [String: Any])?["nieuw"] as? String }
        #expect(counts(national) == "3" && counts(utrecht) == "2" && counts(zeeland) == "1")
        #expect(zeeland["aandelengrafiek"] as? Bool == false && utrecht["aandelengrafiek"] as? Bool == true)
    }

    @Test func wijzigingenComesFromAnEditableTemplate() throws {
        let years = try TwoYears()
        defer { years.remove() }
        let templates = try years.templates(editing: ReportTemplates.changesFile, "# Wijzigingen in {{titel}}",
                                            "# Wat er veranderde in {{titel}}")
        _ = try years.run(templates: templates)
        #expect(try years.text("wijzigingen.md").hasPrefix("# Wat er veranderde in "))
        let second = try years.run(templates: templates)
        #expect(second.changeSummary == "geen wijzigingen in de cijfers")
        let text = try years.text("wijzigingen.md")
        #expect(text.hasPrefix("# Wat er veranderde in "))
        #expect(text.contains("Uitkomst: geen wijzigingen in de cijfers."))
        #expect(text.contains("- Invoer: 0 activiteiten gewijzigd, 0 erbij, 0 weg"))
        #expect(text.contains("- Geen zin van het rapport gewijzigd"))
    }

    @Test func aMisspeltNameInTheChangesTemplateIsAnError() throws {
        let years = try TwoYears()
        defer { years.remove() }
        let templates = try years.templates(editing: ReportTemplates.changesFile, "# Wijzigingen in {{titel}}",
                                            "# Wijzigingen in {{titl}}")
        #expect(throws: RegioscanError.self) { try years.run(templates: templates) }
        #expect(!FileManager.default.fileExists(atPath: years.folder))
    }

    @Test func theChangedRowsAndInputLinesAreFilledIn() throws {
        let years = try TwoYears()
        defer { years.remove() }
        _ = try years.run()
        try years.input.write("u.csv", try String(contentsOfFile: years.input.yearFolder + "/u.csv", encoding: .utf8)
            .replacingOccurrences(of: "Hogeschool Utrecht;120", with: "Hogeschool Utrecht;125"))
        _ = try years.run()
        let text = try years.text("wijzigingen.md")
        #expect(text.contains("| Figuur | Provincie | Reeks | Categorie | Was | Nu | Verschil |"))
        #expect(text.contains("| kerncijfers | Utrecht |  | bereik\\_totaal | 165 | 170 | +5 |"))
        #expect(text.contains("u.csv:2 | UT-001 | Workshop AI | bereik: 120 → 125 |"))
        #expect(text.contains("- Zinnen van het rapport gewijzigd in “"))
    }

    @Test func theDevelopmentSheetTakesItsWordsFromWerkboekYAML() throws {
        let years = try TwoYears()
        defer { years.remove() }
        let templates = try years.templates(editing: WorkbookTexts.fileName, "  ontwikkeling: Ontwikkeling ",
                                            "  ontwikkeling: Verloop ")
        let path = templates + "/" + WorkbookTexts.fileName
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "ontwikkeling_nieuw: Nieuwe initiatieven", with: "ontwikkeling_nieuw: Erbij gekomen")
            .replacingOccurrences(of: "initiatieven: [ID, Initiatief, Provincie, Activiteiten]",
                                  with: "initiatieven: [Code, Naam, Provincie, Activiteiten]")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        _ = try years.run(templates: templates)
        for name in ["Nederland", "Utrecht"] {
            let workbook = try XLSXReader(path: years.folder + "/werkboeken/\(name).xlsx")
            #expect(workbook.sheetNames.contains("Verloop") && !workbook.sheetNames.contains("Ontwikkeling"))
            let cells = workbook.cells("Verloop").values.compactMap { value -> String? in
                if case .text(let text) = value { return text }
                return nil
            }
            #expect(cells.contains("Erbij gekomen") && cells.contains("Code") && cells.contains("Naam"))
            #expect(cells.contains("Ontwikkeling sinds 2023"))
            // The overview links to the sheet.
            #expect(workbook.sheetXML(workbook.sheetNames[0]).contains("Verloop") || workbook.allText.contains("Verloop"))
        }
    }
}
