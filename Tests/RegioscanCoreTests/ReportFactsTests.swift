import Foundation
import Testing
@testable import RegioscanCore

/// The prose on small hand-built deliveries: ties named together, the above-national rule, and the note on
/// initiatives that span provinces.
@Suite("Teksten: gelijke standen en afkapregels")
struct ReportFactsTests {
    /// The report context for deliveries given per province file.
    func facts(_ files: [String: [[String]]]) throws -> (context: [String: Any], figures: FigureSet) {
        let input = try TemporaryInput()
        defer { input.remove() }
        for (name, rows) in files { try input.write(name, FixtureCSV.semicolon(rows: rows)) }
        let dataset = try #require(try input.load().dataset)
        var diagnostics = Diagnostics()
        let templates = try #require(ReportTemplates.load(folder: ProjectPaths.templates, diagnostics: &diagnostics))
        let figures = FigureSet(dataset: dataset)
        return (ReportFacts(figures: figures, dataset: dataset, texts: templates.figureTexts).context(), figures)
    }

    func section(_ context: [String: Any], _ key: String) -> [String: Any] { context[key] as? [String: Any] ?? [:] }

    @Test func aProvinceWhereTypesTieCountsForEachOfThem() throws {
        let rows: (String, String) -> [[String]] = { province, prefix in
            [FixtureCSV.row("\(prefix)-1", type: "Netwerken", province: province),
             FixtureCSV.row("\(prefix)-2", type: "Workshops", province: province)]
        }
        let (context, _) = try facts(["utrecht.csv": rows("Utrecht", "UT"), "flevoland.csv": rows("Flevoland", "FL")])
        let activities = section(context, "activiteiten")
        #expect(activities["zwaartepunten"] as? String == "Netwerken & coördineren en Workshops & kennisevents (elk 2 provincies)")
        #expect(activities["top3"] as? String == "Netwerken & coördineren en Workshops & kennisevents (elk 2)")
    }

    @Test func provincesAboveTheNationalShareAreNamedWithTheirShares() throws {
        // Hoog reach: Signaleren. Utrecht 1 of 4 (25%), Flevoland 1 of 2 (50%), Groningen 0 of 2; nationally 2 of 8.
        let (context, _) = try facts([
            "utrecht.csv": [FixtureCSV.row("UT-1", type: "Signaleren")] + (2...4).map { FixtureCSV.row("UT-\($0)", type: "Netwerken") },
            "flevoland.csv": [FixtureCSV.row("FL-1", type: "Signaleren", province: "Flevoland"),
                              FixtureCSV.row("FL-2", type: "Netwerken", province: "Flevoland")],
            "groningen.csv": (1...2).map { FixtureCSV.row("GR-\($0)", type: "Netwerken", province: "Groningen") },
        ])
        let reach = section(context, "bereik")
        #expect(reach["provincies_hoog_bereik"] as? String == "Flevoland (50,0%)", "a province at the national share is not above it")
        #expect(reach["landelijk_hoog_bereik"] as? String == "25,0%")
    }

    @Test func provincesAddUpToMoreInitiativesThanTheCountryAndTheNoteSaysHowMany() throws {
        let (_, figures) = try facts([
            "utrecht.csv": [FixtureCSV.row("X-1"), FixtureCSV.row("UT-2")],
            "flevoland.csv": [FixtureCSV.row("X-1", "Initiatief", "Andere activiteit", province: "Flevoland"),
                              FixtureCSV.row("FL-2", province: "Flevoland")],
        ])
        let perProvince = figures[.keyFigures].rows.filter { !$0.isNational && $0.category == "initiatieven" }
            .reduce(Int64(0)) { $0 + ($1.value.count ?? 0) }
        let national = try #require(figures[.keyFigures].value(category: "initiatieven")?.count)
        #expect(figures.initiativeSpread == InitiativeSpread(multiProvince: 1, extraCounts: Int(perProvince - national)))
        #expect(figures.initiativeSpread.extraCounts == 1)
    }
}
