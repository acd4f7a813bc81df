import Foundation
import Testing
@testable import RegioscanCore

/// The large outputs are jobs on all cores: results in job order whatever ran first, no new job after a failure,
/// and files written in pieces that read back whole.
@Suite("Uitvoer als taken")
struct OutputJobTests {
    private static func folder() throws -> String {
        try TemporaryFolder.make("regioscan-jobs")
    }

    @Test func warningsComeBackInJobOrderAndFoldersExistBeforehand() throws {
        let staging = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: staging) }
        // The cheapest job first in the list, the dearest last: they start in the other order.
        let jobs = (0..<6).map { number in
            OutputJob(paths: ["deel\(number)/bestand.txt"], cost: number) { staging in
                #expect(FileManager.default.fileExists(atPath: staging + "/deel\(number)"))
                try TextFileWriter.write("taak \(number)", to: staging + "/deel\(number)/bestand.txt")
                return [Diagnostic(.warning, .limit, at: SourceLocation(file: "taak \(number)"), "klaar")]
            }
        }
        let warnings = try OutputJobs.run(jobs, into: staging)
        #expect(warnings.map(\.location.file) == (0..<6).map { "taak \($0)" })
        #expect(try String(contentsOfFile: staging + "/deel4/bestand.txt", encoding: .utf8) == "taak 4")
    }

    @Test func aFailingJobStopsTheRunAndItsErrorIsThrown() throws {
        let staging = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: staging) }
        let jobs = [
            OutputJob(paths: [], cost: 10) { _ in throw RegioscanError.io(path: "x.xlsx", reason: "schijf vol") },
            OutputJob(paths: [], cost: 0) { _ in [] },
        ]
        #expect(throws: RegioscanError.self) { try OutputJobs.run(jobs, into: staging) }
    }

    @Test func aTextFileWrittenInPiecesReadsBackWhole() throws {
        let staging = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: staging) }
        let path = staging + "/groot.csv"
        let writer = try TextFileWriter(path: path)
        let large = String(repeating: "é;x\n", count: 400_000)  // larger than the buffer: written past it
        writer.write("kop\n")
        writer.write(large)
        for line in 0..<1_000 { writer.write("regel \(line)\n") }
        try writer.close()
        let expected = "kop\n" + large + (0..<1_000).map { "regel \($0)\n" }.joined()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
    }

    /// Files are read straight into bytes: a whole file, an empty one, and no bytes for a folder or a missing file.
    @Test func fileBytesAreTheWholeFileOrNothing() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try TextFileWriter.write("één regel\n", to: folder + "/a.csv")
        try TextFileWriter.write("", to: folder + "/leeg.csv")
        #expect(FileBytes.read(folder + "/a.csv") == Array("één regel\n".utf8))
        #expect(FileBytes.read(folder + "/leeg.csv") == [])
        #expect(FileBytes.read(folder) == nil)
        #expect(FileBytes.read(folder + "/ontbreekt.csv") == nil)
    }

    @Test func aFileThatCannotBeOpenedIsAnError() {
        #expect(throws: RegioscanError.self) { try TextFileWriter(path: "/bestaat/niet/bestand.txt") }
    }
}

/// The parts of speed work that must not change an answer.
@Suite("Snelheid zonder andere uitkomst")
struct SameAnswerTests {
    /// An activity's fields are shared by its copies until one copy changes: the other keeps its values.
    @Test func changingACopyOfAnActivityLeavesTheOriginal() {
        var original = Activity(province: 1, initiative: 2, name: "Scan", archetype: 0,
                                source: SourceLocation(file: "a.csv", line: 3))
        original.sectors = [1, 2]
        var copy = original
        copy.sectors.append(3)
        copy.name = "Andere scan"
        #expect(original.sectors == [1, 2] && original.name == "Scan")
        #expect(copy.sectors == [1, 2, 3] && copy.name == "Andere scan" && copy.source.line == 3)
    }

    /// Files are normalised side by side, each with its own labels, and joined in file order: the first spelling
    /// of a new label wins, its count adds up over the files, and later files point at the run's labels.
    @Test func filesNormalisedApartGiveTheLabelsOfOneByOne() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        let extra = ["technologie", "uitvoerder"]
        try input.write("a-utrecht.csv", FixtureCSV.semicolon(extra: extra, rows: [
            FixtureCSV.row("UT-1", "Een") + ["Kwantumrekenen", "Lokale Partner A"],
            FixtureCSV.row("UT-2", "Twee") + ["Kwantumrekenen; Zwermrobots", ""],
        ]))
        try input.write("b-zeeland.csv", FixtureCSV.semicolon(extra: extra, rows: [
            FixtureCSV.row("ZE-1", "Drie", province: "Zeeland") + ["Zwermrobots; kwantumrekenen; Vlinderdata", "Lokale Partner B"],
        ]))
        let dataset = try #require(try input.load().dataset)
        let technologies = try #require(dataset.openLabels[.technology])
        let known = dataset.taxonomy.openVocabularies[.technology]!.labels.count
        #expect(Array(technologies[known...]) == ["Kwantumrekenen", "Zwermrobots", "Vlinderdata"])
        let zeeland = try #require(dataset.activities.first { $0.name.isEmpty == false && dataset.initiatives[$0.initiative].id == "ZE-1" })
        #expect(zeeland.technologies.map { technologies[$0] } == ["Kwantumrekenen", "Zwermrobots", "Vlinderdata"])
        #expect(zeeland.technologies == zeeland.technologies.sorted())
        let warnings = dataset.warnings.filter { $0.kind == .newLabel }.map { "\($0.location.reference) \($0.message)" }
        #expect(warnings.contains { $0.contains("a-utrecht.csv:2") && $0.contains("\"Kwantumrekenen\" (3 keer)") }, "\(warnings)")
        #expect(warnings.contains { $0.contains("a-utrecht.csv:3") && $0.contains("\"Zwermrobots\" (2 keer)") }, "\(warnings)")
        let providers = try #require(dataset.openLabels[.provider])
        #expect(zeeland.roles.executors.map { providers[$0] } == ["Lokale Partner B"])
    }

    /// Each core normalises a run of consecutive files of about equal size; every file is in exactly one run.
    @Test func filesAreSplitIntoRunsOfAboutEqualSize() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        let files = try (0..<5).map { try input.write("f\($0).csv", String(repeating: "x", count: 10)) }
        #expect(NormalisedFiles.runs(files, count: 2) == [files[0...2], files[3...4]])
        #expect(NormalisedFiles.runs(files, count: 3) == [files[0...1], files[2...3], files[4...4]])
        #expect(NormalisedFiles.runs(files, count: 8).count == 5)
        #expect(NormalisedFiles.runs(Array(files.prefix(1)), count: 2) == [files[0...0]])
        #expect(NormalisedFiles.runs([], count: 2).isEmpty)
        let big = try input.write("groot.csv", String(repeating: "x", count: 1_000))
        #expect(NormalisedFiles.runs([big] + files, count: 2).map(\.count) == [1, 5])
    }

    /// Interning keeps each row's own bytes: a composed and a decomposed "é" are one text to Swift, two here.
    @Test func sharedTextsKeepTheirOwnBytes() {
        let composed = "Caf\u{E9}", decomposed = "Cafe\u{301}"
        #expect(composed == decomposed)
        var shared = TextTable<Void>()
        shared.insert(composed, value: ())
        #expect(shared.find(decomposed) == nil)
        shared.insert(decomposed, value: ())
        #expect(shared.find(composed).map { Array(shared.keys[$0].utf8) } == Array(composed.utf8))
        #expect(shared.find(decomposed).map { Array(shared.keys[$0].utf8) } == Array(decomposed.utf8))
        #expect(shared.count == 2)
    }

    /// Masking looks only at values that start somewhere in a message; it masks what searching every value did.
    @Test func maskingWithTheIndexMasksWhatASearchOfEveryValueMasks() {
        let values = ["Jan", "Jan de Vries", "Piet Jansen", "jan@example.nl", "06-12345678", "Ans", "Anne",
                      "Anneke van Dam", "ab", "Zoë Çelik", "Éva", "日本語の名前"]
        let mask = PersonalDataMask(values: values)
        let messages = [
            "kolom contact: \"Jan de Vries\" en Jan", "Piet Jansen belt 06-12345678", "Anneke van Dam, Ans en Anne",
            "geen persoon hier", "Janneke", "mail jan@example.nl of info@bedrijf.nl", "ab ab",
            "contact: Zoë Çelik (Éva)", "名前: 日本語の名前", "Ja", "",
        ]
        let sorted = values.filter { $0.count >= 3 }.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        for message in messages {
            let diagnostic = Diagnostic(.warning, .limit, at: SourceLocation(file: "a.csv"), message)
            #expect(mask.masked(diagnostic).message == PersonalDataMask.masked(message, personal: sorted), "\(message)")
        }
        #expect(mask.masked(Diagnostic(.warning, .limit, at: SourceLocation(file: "a.csv"), "Jan de Vries")).message
            == PersonalDataMask.mask)
    }

    /// Streaming the rows of a CSV gives the rows, header and problems that reading the whole table gives.
    @Test func streamingACSVGivesWhatReadingItGives() {
        let text = "a;b;c\n1;2;3\n\n4;5;6;7\n8;\"x\ny\";9;\n"
        var readDiagnostics = Diagnostics()
        let table = CSVReader.read(DecodedText(bytes: Array(text.utf8)), file: "t.csv", diagnostics: &readDiagnostics)
        var streamDiagnostics = Diagnostics()
        var rows: [CSVRecord] = []
        let streamed = CSVReader.stream(DecodedText(bytes: Array(text.utf8)), file: "t.csv", diagnostics: &streamDiagnostics,
                                        row: { rows.append($0) })
        #expect(rows == table?.rows)
        #expect(streamed?.header == table?.header)
        #expect(streamDiagnostics.sorted.map(\.message) == readDiagnostics.sorted.map(\.message))
        #expect(rows.map(\.cells) == [["1", "2", "3"], ["8", "x\ny", "9"]])
    }
}

@Suite("Wijzigingen bij veel rijen")
struct LargeChangeListTests {
    /// A rerun on a new delivery lists at most 1,000 activities per table and says how many more there are.
    @Test func aListOfChangesStopsAfterItsLimitAndCountsTheRest() throws {
        let header = CSVWriter.line(ActivityDataRenderer.columns)
        let rows = (0..<(ChangesReportRenderer.rowLimit + 5)).map { number in
            CSVWriter.line(ActivityDataRenderer.columns.map { column in
                switch column {
                case "initiatief_id": "UT-\(number)"
                case "activiteit": "Activiteit \(number)"
                case "bron": "utrecht.csv:\(number + 2)"
                default: ""
                }
            })
        }
        let previous = OutputSnapshot(name: "vorige", files: [ActivityDataRenderer.path: Array(header.utf8)])
        let current = OutputSnapshot(name: "nieuw", files: [ActivityDataRenderer.path: Array((header + rows.joined()).utf8)])
        let changes = ChangeSet(previous: previous, current: current)
        #expect(changes.activities?.added.count == ChangesReportRenderer.rowLimit + 5)
        var diagnostics = Diagnostics()
        let templates = try #require(ReportTemplates.load(folder: ProjectPaths.templates, diagnostics: &diagnostics))
        let text = ChangesReportRenderer(changes: changes, title: "Test", templates: templates).render()
        #expect(text.contains("| utrecht.csv:2 | UT-0 | Activiteit 0 |"))
        #expect(text.contains("| utrecht.csv:1001 | UT-999 | Activiteit 999 |"))
        #expect(!text.contains("UT-1000 "))
        #expect(text.contains("| … en 5 meer | | |"))
    }
}
