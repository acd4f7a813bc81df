import Foundation
import Testing
@testable import RegioscanCore

/// The golden fixture, run once into an output folder that a test may run again.
private struct RerunFixture {
    let input: TemporaryInput
    let output: String
    let first: ReportOutcome

    init() throws {
        input = try TemporaryInput()
        let folder = ProjectPaths.fixtures + "/golden/2023"
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            try input.write(name, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))))
        }
        output = NSTemporaryDirectory() + "regioscan-changes-" + UUID().uuidString
        first = try Self.run(input, output)
    }

    static func run(_ input: TemporaryInput, _ output: String) throws -> ReportOutcome {
        try ReportPipeline.run(ReportOptions(input: input.root, output: output, year: input.year,
                                             templates: ProjectPaths.templates))
    }

    func run() throws -> ReportOutcome { try Self.run(input, output) }

    var folder: String { output + "/\(input.year)" }

    func text(_ path: String) throws -> String { try String(contentsOfFile: folder + "/" + path, encoding: .utf8) }

    /// Replaces one exact piece of the delivery.
    func edit(_ old: String, _ new: String) throws {
        let path = input.yearFolder + "/aanlevering.csv"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.components(separatedBy: old).count == 2, "\(old) must occur once")
        try input.write("aanlevering.csv", text.replacingOccurrences(of: old, with: new))
    }

    func remove() {
        input.remove()
        try? FileManager.default.removeItem(atPath: output)
    }
}

@Suite("Wijzigingen na een correctie")
struct ChangeAfterFixTests {
    @Test func firstRunSaysThereWasNothingToCompare() throws {
        let fixture = try RerunFixture()
        defer { fixture.remove() }
        #expect(fixture.first.changeSummary == Messages.firstRunLine)
        #expect(try fixture.text("wijzigingen.md").contains("Eerste run"))
        #expect(ReportSummary.text(fixture.first).contains("Wijzigingen: eerste run"))
    }

    @Test func twoIdenticalRunsReportNoChange() throws {
        let fixture = try RerunFixture()
        defer { fixture.remove() }
        let second = try fixture.run()
        #expect(second.changeSummary == "geen wijzigingen in de cijfers")
        let text = try fixture.text("wijzigingen.md")
        #expect(text.contains("geen wijzigingen in de cijfers"))
        #expect(text.contains("Invoer: 0 activiteiten gewijzigd, 0 erbij, 0 weg"))
        #expect(!text.contains("## Gewijzigde waarden"))
    }

    /// Reach 100 → 150 on line 2 (sector C, micro, no phase, laag, Workshops): exactly the reach figures and the
    /// reach key figures move, each by 50, and nothing else.
    @Test func aReachFixChangesExactlyTheReachFigures() throws {
        let fixture = try RerunFixture()
        defer { fixture.remove() }
        let before = try #require(OutputSnapshot.read(folder: fixture.folder))
        try fixture.edit(";100;ja;", ";150;ja;")
        let second = try fixture.run()
        let after = try #require(OutputSnapshot.read(folder: fixture.folder))
        let changes = ChangeSet(previous: before, current: after)
        let figures = try #require(changes.figures)
        #expect(figures.changedFigures == ["kerncijfers", "08", "09", "10", "11", "21"])
        #expect(figures.addedRows.isEmpty && figures.removedRows.isEmpty)
        for change in figures.changedValues where change.cell.figure != "kerncijfers" {
            #expect(change.difference == 50, "\(change.cell)")
        }
        let keyChanges = figures.changedValues.filter { $0.cell.figure == "kerncijfers" }
        #expect(Set(keyChanges.map(\.cell.category)) == ["bereik_totaal", "bereik_aandeel_mkb"])
        #expect(Set(keyChanges.map(\.cell.province)) == ["Nederland", "Utrecht"])
        // Each reach figure moves in the categories of that activity only, nationally and in Utrecht.
        let categories = Dictionary(grouping: figures.changedValues, by: \.cell.figure).mapValues { Set($0.map(\.cell.category)) }
        #expect(categories["08"] == ["Industrie"])
        #expect(categories["09"] == ["Micro"])
        #expect(categories["11"] == ["Laag"])
        #expect(categories["21"] == ["Workshops & kennisevents"])
        let activities = try #require(changes.activities)
        #expect(activities.changed.count == 1 && activities.added.isEmpty && activities.removed.isEmpty)
        #expect(activities.changed.first?.fields == ["bereik"])
        #expect(activities.changed.first?.current?.source.hasSuffix("aanlevering.csv:2") == true)
        let count = figures.changedValues.count
        #expect(second.changeSummary == "\(count) waarden in 6 figuren gewijzigd, zie wijzigingen.md")
        let text = try fixture.text("wijzigingen.md")
        #expect(text.contains("aanlevering.csv:2"))
        #expect(text.contains("bereik: 100 → 150"))
        #expect(text.contains("| figuur 8 | Nederland |  | Industrie | "))
        #expect(text.contains("## Zinnen in het rapport"))
    }

    @Test func anOlderOrIncompletePreviousOutputIsReportedPlainly() throws {
        let fixture = try RerunFixture()
        defer { fixture.remove() }
        try FileManager.default.removeItem(atPath: fixture.folder + "/data")
        try FileManager.default.removeItem(atPath: fixture.folder + "/tabellen/figuur-08.csv")
        let second = try fixture.run()
        let text = try fixture.text("wijzigingen.md")
        #expect(text.contains("data/activiteiten.csv ontbreekt"))
        #expect(text.contains("Figuur 8: nieuw in deze uitvoer"))
        #expect(second.changeSummary?.contains("de vorige uitvoer was onvolledig") == true)

        try FileManager.default.removeItem(atPath: fixture.folder + "/tabellen")
        let third = try fixture.run()
        #expect(third.changeSummary == Messages.previousIncompleteLine)
        #expect(try fixture.text("wijzigingen.md").contains("geen figuurtabellen"))
    }

    @Test func compareCommandComparesTwoOutputFolders() throws {
        let fixture = try RerunFixture()
        defer { fixture.remove() }
        let copy = fixture.output + "/kopie"
        try FileManager.default.copyItem(atPath: fixture.folder, toPath: copy)
        try fixture.edit(";50;;;;", ";70;;;;")
        _ = try fixture.run()
        let same = try CommandRunner.run(["vergelijk", copy, copy])
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout.contains("geen wijzigingen in de cijfers"))
        let changed = try CommandRunner.run(["vergelijk", copy, fixture.folder])
        #expect(changed.status == 0)
        #expect(changed.stdout.contains("## Gewijzigde waarden"))
        #expect(changed.stdout.contains("bereik: 50 → 70"))
        let missing = try CommandRunner.run(["vergelijk", copy + "/bestaat-niet", copy])
        #expect(missing.status != 0)
    }
}

@Suite("Ontwikkeling sinds een eerder jaar")
struct DevelopmentTests {
    static let header = "provincie;initiatief_id;initiatief;activiteit;type_activiteit;initiatiefnemer;uitvoerder;bereik"

    private func twoYears(renames: String? = nil) throws -> TemporaryInput {
        let input = try TemporaryInput(year: 2024)
        try FileManager.default.createDirectory(atPath: input.root + "/2023", withIntermediateDirectories: true)
        let old = [Self.header,
                   "Utrecht;UT-001;Datalab Utrecht;Workshop AI;Signaleren;Provincie Utrecht;Hogeschool Utrecht;100",
                   "Utrecht;UT-002;Netwerk Utrecht;Netwerkavond;Signaleren;Gemeente Utrecht;ROM Regio Utrecht;40",
                   "Utrecht;UT-003;Kennisbank Utrecht;Kennisbank;Kennisplatform;EZK;EZK;10"]
        let new = [Self.header,
                   "Utrecht;UT-001;Datalab Utrecht;Workshop AI;Signaleren;Provincie Utrecht;Hogeschool Utrecht;120",
                   "Utrecht;UT-010;Netwerk Utrecht Plus;Netwerkavond;Signaleren;Gemeente Utrecht;ROM Regio Utrecht;40",
                   "Utrecht;UT-011;Cyberscan Utrecht;Scan;Scans & assessments;Provincie Utrecht;Hogeschool Utrecht;5"]
        try Data((old.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: input.root + "/2023/u.csv"))
        try input.write("u.csv", new.joined(separator: "\n") + "\n")
        if let renames { try input.write(RenameListLoader.fileName, renames) }
        return input
    }

    @Test func aRenamedInitiativeIsFoundAndTheTablesHaveBothYears() throws {
        let input = try twoYears()
        defer { input.remove() }
        let output = NSTemporaryDirectory() + "regioscan-dev-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        _ = try ReportPipeline.run(ReportOptions(input: input.root, output: output, year: 2024,
                                                 templates: ProjectPaths.templates, compareWith: "2023"))
        let folder = output + "/2024"
        let csv = try String(contentsOfFile: folder + "/tabellen/ontwikkeling.csv", encoding: .utf8)
        #expect(csv.hasPrefix("figuur,provincie,reeks,categorie,waarde_vorig,waarde\n"))
        #expect(csv.contains("\nkerncijfers,Nederland,,bereik_totaal,150,165\n"))
        #expect(csv.contains("\n06,Nederland,,Kennisplatform,1,"))
        #expect(csv.contains("\n06,Nederland,,Scans & assessments,,1\n") || csv.contains("\n06,Nederland,,Scans & assessments,0,1\n"))
        let report = try String(contentsOfFile: folder + "/rapport.md", encoding: .utf8)
        #expect(report.contains("## 6 Ontwikkeling sinds 2023"))
        #expect(report.contains("| UT-002 | Netwerk Utrecht | UT-010 | Netwerk Utrecht Plus | Utrecht |"))
        #expect(report.contains("waarschijnlijk hernoemd |"))
        #expect(report.contains("zijn er 2 nieuw en zijn er 2 gestopt"))
        #expect(report.contains("| Geregistreerd bereik | 150 | 165 | +15 |"))
        #expect(report.contains("De lijsten van de dimensies zijn in beide jaren gelijk."))
        let workbook = try XLSXReader(path: folder + "/werkboeken/Nederland.xlsx")
        #expect(workbook.sheetNames.contains("Ontwikkeling"))
        let province = try XLSXReader(path: folder + "/werkboeken/Utrecht.xlsx")
        #expect(province.sheetNames.contains("Ontwikkeling"))
    }

    @Test func theRenameListConfirmsAndValideerChecksIt() throws {
        let confirmed = try twoYears(renames: "UT-003: UT-011\nUT-002: ~\n")
        defer { confirmed.remove() }
        let comparison = try comparison(confirmed)
        let initiatives = try #require(comparison.initiatives)
        #expect(initiatives.confirmedRenames.map { "\($0.previous.id)→\($0.current.id)" } == ["UT-003→UT-011"])
        #expect(initiatives.likelyRenames.isEmpty, "UT-002 is declared no rename")
        #expect(initiatives.continued.map(\.id) == ["UT-001", "UT-011"])

        let wrong = try twoYears(renames: "UT-002: UT-099\nUT-003: UT-010\nUT-004: UT-010\n")
        defer { wrong.remove() }
        let result = try wrong.load()
        let errors = result.diagnostics.texts(.error)
        #expect(errors.contains { $0.contains("hernoemingen.yaml:1") && $0.contains("\"UT-099\" komt in de invoer van dit jaar niet voor") })
        #expect(errors.contains { $0.contains("hernoemingen.yaml:3") && $0.contains("\"UT-010\" staat ook al bij \"UT-003\"") })
    }

    private func comparison(_ input: TemporaryInput) throws -> YearComparison {
        let loaded = try input.load()
        let dataset = try #require(loaded.dataset, "\(loaded.diagnostics.texts())")
        return try ComparisonLoader.comparison(with: "2023", options: ReportOptions(input: input.root, year: 2024),
                                               dataset: dataset, figures: FigureSet(dataset: dataset))
    }

    @Test func aTaxonomyMergeIsListed() throws {
        let input = try twoYears()
        defer { input.remove() }
        try FileManager.default.copyItem(atPath: ProjectPaths.taxonomy, toPath: input.yearFolder + "/taxonomie")
        let path = input.yearFolder + "/taxonomie/" + SampleFollowUpYear.mergedDimensionFile
        let merged = try SampleFollowUpYear(year: 2024).merged([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        try Data(merged).write(to: URL(fileURLWithPath: path))
        #expect(InputFolder(root: input.root).taxonomyFolder(year: 2024) == input.yearFolder + "/taxonomie")
        #expect(InputFolder(root: input.root).taxonomyFolder(year: 2023) == input.root + "/taxonomie")
        let differences = try #require(try comparison(input).taxonomy)
        #expect(differences == [TaxonomyDifference(dimension: "digitaliseringsvorm", added: [], removed: [],
                                                   merged: [.init(label: "Interface", into: "Diensten")])])
    }

    @Test func renameScoresNeedNameProvidersAndProvince() {
        let old = InitiativeSummary(id: "A-1", name: "Digilab", provinces: ["Flevoland"], providers: ["X", "Y"], activities: 1)
        let renamed = InitiativeSummary(id: "A-9", name: "Digilab Flevoland", provinces: ["Flevoland"], providers: ["X", "Y"], activities: 1)
        let elsewhere = InitiativeSummary(id: "B-9", name: "Digilab Flevoland", provinces: ["Utrecht"], providers: ["X", "Y"], activities: 1)
        let other = InitiativeSummary(id: "A-8", name: "Cyberscan", provinces: ["Flevoland"], providers: ["X", "Y"], activities: 1)
        let found = RenameMatcher.match(stopped: [old], new: [other, elsewhere, renamed], list: nil)
        #expect(found.map(\.current.id) == ["A-9"])
        #expect(RenameMatcher.match(stopped: [old], new: [other, elsewhere], list: nil).isEmpty)
    }
}

@Suite("Voorbeelddata 2024")
struct FollowUpSampleTests {
    static let result: LoadResult = try! DatasetLoader.load(input: ProjectPaths.input, year: 2024)

    @Test func theShippedSampleOf2024ValidatesWithoutErrors() {
        #expect(!Self.result.diagnostics.hasErrors, "\(Self.result.diagnostics.texts(.error).prefix(5))")
        #expect(Self.result.dataset != nil)
    }

    @Test func theShippedFolderIsWhatTheGeneratorWrites() throws {
        let files = try SampleFollowUpYear(year: 2024).files(
            base: SampleGenerator().files(),
            taxonomy: try FileManager.default.contentsOfDirectory(atPath: ProjectPaths.taxonomy).sorted().map {
                ($0, [UInt8](try Data(contentsOf: URL(fileURLWithPath: ProjectPaths.taxonomy + "/" + $0))))
            })
        for (name, bytes) in files {
            let shipped = [UInt8](try Data(contentsOf: URL(fileURLWithPath: ProjectPaths.input + "/2024/" + name)))
            #expect(shipped == bytes, "\(name) differs from the generator")
        }
    }

    @Test func theSampleHasTheChurnOfARepeatedScan() throws {
        let earlier = try #require(try DatasetLoader.load(input: ProjectPaths.input, year: 2023).dataset)
        let later = try #require(Self.result.dataset)
        let comparison = try ComparisonLoader.comparison(with: "2023", options: ReportOptions(input: ProjectPaths.input, year: 2024),
                                                         dataset: later, figures: FigureSet(dataset: later))
        let initiatives = try #require(comparison.initiatives)
        let stoppedShare = Double(initiatives.stopped.count + initiatives.confirmedRenames.count) / Double(earlier.initiatives.count)
        #expect(stoppedShare > 0.12 && stoppedShare < 0.25)
        #expect(!initiatives.new.isEmpty)
        #expect(initiatives.confirmedRenames.count == 1)
        #expect(initiatives.likelyRenames.count >= 5)
        #expect(comparison.taxonomy?.flatMap(\.merged).map(\.label) == ["Interface"])
        #expect(comparison.figures.changedValues.contains { $0.cell.figure == "21" })
    }
}
