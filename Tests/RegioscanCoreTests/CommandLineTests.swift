import Foundation
import Testing
@testable import RegioscanCore

@Suite("Opdrachtregel")
struct CommandLineTests {
    @Test func validateOnTheSamplePrintsADutchSummaryAndExitsZero() throws {
        let output = try CommandRunner.run(["valideer", "--invoer", ProjectPaths.input, "--jaar", "2023"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("Initiatieven:   220"))
        #expect(output.stdout.contains("Activiteiten:   582 (1 tot 13 per initiatief)"))
        #expect(output.stdout.contains("Bereik:         109.339"))
        #expect(output.stdout.contains("Provincies:     12 van 12"))
        #expect(output.stdout.contains("Waarschuwingen:"))
        #expect(output.stdout.contains("Fouten: geen"))
    }

    @Test func validateListsTenDifferentMistakesWithFileLineAndColumn() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        let rows = [
            "provincie;initiatief_id;initiatief;activiteit;type_activiteit;sector;omvang;maturiteit;marktfalen;bereik;good_practice",
            "Utrecht;UT-001;Init A;Act 1;Workshop;C;micro;laag;1;100;ja",
            "Utrecht;UT-001;Init B;Act 2;Signaleren;Z;klein;laag;1;12,5;",
            "Utrecht;UT-002;Init C;Act 1;Signaleren;C;groot;laag;1;-3;misschien",
            "Flevoland;UT-003;Init D;Act 1;Signaleren;C;micro;superhoog;1;100;",
            "Utrecht;UT-001;;Act 1;Signaleren;C;micro;laag;9;100;",
            "Utrecht;;Init E;Act 9;Signaleren;C;micro;laag;1;100;",
        ]
        try input.write("utrecht.csv", rows.joined(separator: "\n") + "\n")
        let output = try CommandRunner.run(["valideer", "--invoer", input.root])
        #expect(output.status != 0)
        let file = input.yearFolder + "/utrecht.csv"
        let expected = [
            "\(file):2: kolom type_activiteit: onbekende waarde \"Workshop\" — bedoelde u \"Workshops & kennisevents\"?",
            "\(file):3: kolom sector: onbekende waarde \"Z\"",
            "\(file):3: kolom bereik: bereik \"12,5\" is geen geheel getal",
            "\(file):3: kolom initiatief: \"Init B\" wijkt af van \"Init A\"",
            "\(file):4: kolom omvang: onbekende waarde \"groot\"",
            "\(file):4: kolom bereik: bereik \"-3\" is een negatief getal",
            "\(file):4: kolom good_practice: \"misschien\" is geen ja/nee-waarde",
            "\(file):5: kolom provincie: provincie \"Flevoland\" wijkt af van de bestandsnaam",
            "\(file):5: kolom maturiteit: onbekende waarde \"superhoog\"",
            "\(file):6: kolom marktfalen: onbekende waarde \"9\"",
            "\(file):6: kolom activiteit: activiteit \"Act 1\" van initiatief UT-001 staat dubbel (eerder op regel 2)",
            "\(file):7: kolom initiatief_id: verplichte waarde ontbreekt",
        ]
        for line in expected { #expect(output.stderr.contains(line), "missing: \(line)") }
        #expect(output.stdout.contains("Fouten: 12"))
    }

    @Test func helpIsInDutch() throws {
        let output = try CommandRunner.run(["--help"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("GEBRUIK:"))
        #expect(output.stdout.contains("valideer"))
        #expect(!output.stdout.contains("USAGE:"))
        let sub = try CommandRunner.run(["valideer", "--help"])
        #expect(sub.stdout.contains("--strikt"))
        #expect(sub.stdout.contains("Behandel waarschuwingen als fouten."))
        #expect(sub.stdout.contains("Toon deze hulptekst."))
    }

    @Test func unknownYearIsAClearError() throws {
        let output = try CommandRunner.run(["valideer", "--invoer", ProjectPaths.input, "--jaar", "1999"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("1999 bestaat niet"))
    }

    @Test func strictTurnsTheSampleWarningsIntoErrors() throws {
        let output = try CommandRunner.run(["valideer", "--invoer", ProjectPaths.input, "--jaar", "2023", "--strikt"])
        #expect(output.status != 0)
    }

    @Test func sampleCommandWritesLargeValidInput() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        let write = try CommandRunner.run(["voorbeelddata", "--zaad", "5", "--activiteiten", "20000", "--uitvoer", input.yearFolder])
        #expect(write.status == 0, "\(write.stderr)")
        let check = try CommandRunner.run(["valideer", "--invoer", input.root])
        #expect(check.status == 0, "\(check.stderr.prefix(2000))")
        #expect(check.stdout.contains("Activiteiten:   20.000"))
    }
}

@Suite("Opdrachtregel: rapport")
struct ReportCommandTests {
    @Test func reportPrintsOneProgressLinePerStageAndASummary() throws {
        let output = NSTemporaryDirectory() + "regioscan-cli-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        let run = try CommandRunner.run(["rapport", "--invoer", ProjectPaths.input, "--jaar", "2023", "--uitvoer", output,
                                         "--sjablonen", ProjectPaths.templates])
        #expect(run.status == 0, "\(run.stderr)")
        for step in 1...ReportPipeline.stepCount { #expect(run.stderr.contains("[\(step)/\(ReportPipeline.stepCount)]")) }
        #expect(run.stdout.contains("Klaar:"))
        #expect(run.stdout.contains(output + "/2023"))
        #expect(FileManager.default.fileExists(atPath: output + "/2023/rapport.html"))
        let quiet = try CommandRunner.run(["rapport", "--invoer", ProjectPaths.input, "--jaar", "2023", "--uitvoer", output,
                                           "--sjablonen", ProjectPaths.templates, "--stil"])
        #expect(quiet.status == 0)
        #expect(!quiet.stderr.contains("[1/"))
    }

    @Test func reportOnBrokenInputWritesNothingAndExitsNonZero() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("utrecht.csv", FixtureCSV.semicolon(rows: [FixtureCSV.row(type: "Workshop")]))
        let output = NSTemporaryDirectory() + "regioscan-cli-" + UUID().uuidString
        let run = try CommandRunner.run(["rapport", "--invoer", input.root, "--uitvoer", output,
                                         "--sjablonen", ProjectPaths.templates])
        #expect(run.status != 0)
        #expect(run.stderr.contains("utrecht.csv:2: kolom type_activiteit: onbekende waarde \"Workshop\""))
        #expect(run.stderr.contains("Er is niets geschreven"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func sampleReportReproducesThePublishedTables() throws {
        let output = NSTemporaryDirectory() + "regioscan-cli-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        let run = try CommandRunner.run(["rapport", "--invoer", ProjectPaths.input, "--jaar", "2023", "--uitvoer", output,
                                         "--sjablonen", ProjectPaths.templates, "--stil"])
        #expect(run.status == 0)
        for (published, table) in [("figure-06", "figuur-06"), ("figure-18", "figuur-18"), ("figure-21", "figuur-21"),
                                   ("figure-04", "figuur-04"), ("kerncijfers", "kerncijfers")] {
            let expected = TableCSV.parse(try String(contentsOfFile: ProjectPaths.fixtures + "/reference/published-\(published).csv", encoding: .utf8)).rows
            let rows = Set(TableCSV.parse(try String(contentsOfFile: output + "/2023/tabellen/\(table).csv", encoding: .utf8)).rows)
            for row in expected { #expect(rows.contains(row), "\(table): \(row)") }
        }
    }
}
