import Foundation
import Testing
@testable import RegioscanCore

@Suite("Overal te draaien")
struct RunAnywhereTests {
    static func temporaryFolder() throws -> String {
        try TemporaryFolder.make("regioscan-cwd")
    }

    @Test func theReportRunsFromAnyWorkingFolderWithTheShippedTemplates() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandRunner.run(["rapport", "--invoer", ProjectPaths.input, "--jaar", "2023", "--uitvoer", "uit", "--stil"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let explicit = try CommandRunner.run(["rapport", "--invoer", ProjectPaths.input, "--jaar", "2023", "--uitvoer", "expliciet", "--stil",
                                              "--sjablonen", ProjectPaths.templates], in: folder)
        #expect(explicit.status == 0, "\(explicit.stderr)")
        let shipped = try #require(FolderSnapshot(folder + "/uit/2023"))
        #expect(shipped.files["rapport.html"] != nil)
        #expect(shipped == FolderSnapshot(folder + "/expliciet/2023"), "the shipped templates are the ones in Templates/")
    }

    @Test func theShippedTemplatesAreThoseOfTheTemplatesFolder() throws {
        let shipped = try #require(BundledTemplates.folder)
        #expect(FolderSnapshot(shipped) == FolderSnapshot(ProjectPaths.templates))
        // README documents `Templates/` at the root: it must lead to the same files.
        #expect(FolderSnapshot(ProjectPaths.root + "/Templates") == FolderSnapshot(ProjectPaths.templates))
    }

    @Test func sjablonenWritesEditableCopiesAndNeverOverwrites() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let write = try CommandRunner.run(["sjablonen", "--uitvoer", "mijn-sjablonen"], in: folder)
        #expect(write.status == 0, "\(write.stderr)")
        #expect(write.stdout.contains("regioscan rapport --sjablonen mijn-sjablonen"))
        let copies = folder + "/mijn-sjablonen"
        #expect(FolderSnapshot(copies) == FolderSnapshot(ProjectPaths.templates))

        let edited = copies + "/" + ReportTemplates.frontFile
        try "Eigen voorblad\n".write(toFile: edited, atomically: false, encoding: .utf8)
        let again = try CommandRunner.run(["sjablonen", "--uitvoer", "mijn-sjablonen"], in: folder)
        #expect(again.status != 0)
        #expect(again.stderr.contains("bestaat al"), "\(again.stderr)")
        #expect(try String(contentsOfFile: edited, encoding: .utf8) == "Eigen voorblad\n")

        let report = try CommandRunner.run(["rapport", "--invoer", ProjectPaths.input, "--jaar", "2023", "--uitvoer", "uit", "--stil",
                                            "--sjablonen", "mijn-sjablonen"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(try String(contentsOfFile: folder + "/uit/2023/rapport.md", encoding: .utf8).contains("Eigen voorblad"))
    }
}

@Suite("Hulptekst zonder Engels")
struct DutchHelpTests {
    /// Words of swift-argument-parser's own texts; any of them in the output means a phrase went untranslated.
    /// ("argument" is left out: it is Dutch too.)
    static let english = ["USAGE", "OVERVIEW", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "Show", "default", "See",
                          "Error", "Usage", "Help", "Missing", "Unknown", "Unexpected", "invalid", "value",
                          "detailed", "information", "subcommand", "version", "expected", "Did you mean"]

    static func englishWords(in text: String) -> [String] {
        english.filter { word in
            text.range(of: "(?<![A-Za-z-])\(word)(?![A-Za-z])", options: .regularExpression) != nil
        }
    }

    /// The subcommands the root help lists, so that a new one is checked too.
    static func subcommands() throws -> [String] {
        let help = try CommandRunner.run(["--help"]).stdout
        guard let section = help.range(of: "SUBCOMMANDO'S:") else { return [] }
        return help[section.upperBound...].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), let first = line.split(separator: " ").first,
                  first.first?.isLetter == true, line.dropFirst(2).first != " " else { return nil }
            return String(first.trimmingCharacters(in: CharacterSet(charactersIn: ",")))
        }.filter { $0 != "Zie" }
    }

    @Test func everyHelpTextIsDutch() throws {
        let subcommands = try Self.subcommands()
        #expect(Set(["valideer", "rapport", "voorbeelddata", "sjablonen"]).isSubset(of: Set(subcommands)), "\(subcommands)")
        var calls: [[String]] = [["--help"], ["help"], ["-h"]]
        for name in subcommands { calls += [[name, "--help"], ["help", name]] }
        for arguments in calls {
            let output = try CommandRunner.run(arguments)
            let text = output.stdout + output.stderr
            #expect(output.status == 0, "\(arguments)")
            #expect(text.contains("GEBRUIK:"), "\(arguments)")
            #expect(Self.englishWords(in: text) == [], "\(arguments): \(text)")
        }
    }

    @Test func argumentErrorsAreDutch() throws {
        let calls = [["rapport", "--onbekend"], ["rapport", "--jaar", "x"], ["rapport", "--jaar"], ["sjablonen"],
                     ["rapport", "overbodig"], ["rapprt"]]
        for arguments in calls {
            let output = try CommandRunner.run(arguments)
            #expect(output.status != 0, "\(arguments)")
            #expect(Self.englishWords(in: output.stdout + output.stderr) == [], "\(arguments): \(output.stderr)")
        }
    }
}
