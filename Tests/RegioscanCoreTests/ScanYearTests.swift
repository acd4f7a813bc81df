import Foundation
import Testing
@testable import RegioscanCore

/// Odd year folders, `--jaar` values and `SOURCE_DATE_EPOCH` give a clean Dutch message, never a trap in the
/// creation-date arithmetic of the workbooks.
@Suite("Scanjaar en tijdstip")
struct ScanYearTests {
    /// An input folder whose only year folder has the given name, with a valid delivery in it.
    func input(yearFolder name: String) throws -> TemporaryInput {
        let input = try TemporaryInput()
        try input.write("utrecht.csv", FixtureCSV.semicolon(rows: [FixtureCSV.row()]))
        try FileManager.default.moveItem(atPath: input.yearFolder, toPath: input.root + "/" + name)
        return input
    }

    func usageMessage(_ body: () throws -> Void) -> String? {
        do {
            try body()
        } catch RegioscanError.usage(let message) {
            return message
        } catch {
            return "other error: \(error)"
        }
        return nil
    }

    @Test func folderNamesAreYearsOnlyWhenFourASCIIDigits() {
        #expect(ScanYear.number(folderName: "2023") == 2023)
        #expect(ScanYear.number(folderName: "0000") == 0)
        for name in ["+123", "-001", "202", "20230", "٢٠٢٣", "２０２３", "20 3", ""] {
            #expect(ScanYear.number(folderName: name) == nil, "\(name)")
        }
        #expect(ScanYear.contains(1970) && ScanYear.contains(9999))
        #expect(!ScanYear.contains(1969) && !ScanYear.contains(10_000) && !ScanYear.contains(0) && !ScanYear.contains(-1))
    }

    @Test(arguments: [0, -1, 1969, 10_000, Int.max, Int.min])
    func yearOptionOutsideTheRangeIsRefused(year: Int) throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        let message = usageMessage { _ = try DatasetLoader.load(input: input.root, year: year) }
        #expect(message == "jaar \(year) kan geen scanjaar zijn: kies een jaar van 1970 tot en met 9999, bijvoorbeeld --jaar 2023")
    }

    @Test(arguments: ["0000", "1969"])
    func onlyAnUnusableYearFolderIsRefusedByName(name: String) throws {
        let input = try input(yearFolder: name)
        defer { input.remove() }
        let message = usageMessage { _ = try DatasetLoader.load(input: input.root) }
        #expect(message == "\(input.root)/\(name): een jaarmap heet naar een scanjaar van 1970 tot en met 9999 (zoals 2023); hernoem de map")
        let output = NSTemporaryDirectory() + "regioscan-output-" + UUID().uuidString
        let run = usageMessage {
            _ = try ReportPipeline.run(ReportOptions(input: input.root, output: output, templates: ProjectPaths.templates))
        }
        #expect(run == message)
    }

    @Test func anUnusableYearFolderBesideAGoodOneIsPassedOver() throws {
        let input = try input(yearFolder: "0000")
        defer { input.remove() }
        try FileManager.default.createDirectory(atPath: input.yearFolder, withIntermediateDirectories: true)
        try input.write("utrecht.csv", FixtureCSV.semicolon(rows: [FixtureCSV.row()]))
        #expect(InputFolder(root: input.root).years() == [2023])
        #expect(InputFolder(root: input.root).yearFoldersOutOfRange() == [input.root + "/0000"])
        #expect(try DatasetLoader.load(input: input.root).year == 2023)
    }

    @Test func creationTimeNeverTraps() {
        #expect(WorkbookRenderer.creationTime(year: 2023) == 1_704_024_000)
        #expect(WorkbookRenderer.creationTime(year: 0) == WorkbookRenderer.creationTime(year: 1970))
        #expect(WorkbookRenderer.creationTime(year: -1) == WorkbookRenderer.creationTime(year: 1970))
        #expect(WorkbookRenderer.creationTime(year: Int.min) == WorkbookRenderer.creationTime(year: 1970))
        #expect(WorkbookRenderer.creationTime(year: Int.max) == WorkbookRenderer.creationTime(year: 9999))
        // Noon on 31 December 9999, before the last second a four-digit date can hold.
        #expect(WorkbookRenderer.creationTime(year: 9999) == SourceDateEpoch.latest - 43_199)
        #expect(WorkbookRenderer.safeCreationTime(0) == 1)
        #expect(WorkbookRenderer.safeCreationTime(-5) == 1)
        #expect(WorkbookRenderer.safeCreationTime(.max) == SourceDateEpoch.latest)
    }

    @Test func sourceDateEpochIsWholeSecondsWithinFourDigitYears() throws {
        #expect(try SourceDateEpoch.creationTime(nil) == nil)
        #expect(try SourceDateEpoch.creationTime("") == nil)
        #expect(try SourceDateEpoch.creationTime("1700000000") == 1_700_000_000)
        #expect(try SourceDateEpoch.creationTime("0") == 1, "libxlsxwriter reads 0 as now")
        #expect(try SourceDateEpoch.creationTime("253402300799") == 253_402_300_799)
        for value in ["-1", "abc", " 1", "1.5", "253402300800", "99999999999999999999", "+5", "１"] {
            let message = usageMessage { _ = try SourceDateEpoch.creationTime(value) }
            #expect(message == "SOURCE_DATE_EPOCH=\"\(value)\" is geen geldig tijdstip: verwacht een geheel aantal "
                + "seconden sinds 1970 (0 tot en met 253402300799, het einde van het jaar 9999)", "\(value)")
        }
    }

    // MARK: The command line

    @Test func commandLineGivesCleanDutchErrors() throws {
        let input = try input(yearFolder: "0000")
        defer { input.remove() }
        let output = NSTemporaryDirectory() + "regioscan-output-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        let cases: [([String], String)] = [
            (["rapport", "--invoer", input.root, "--uitvoer", output, "--jaar", "0"], "jaar 0 kan geen scanjaar zijn"),
            (["rapport", "--invoer", input.root, "--uitvoer", output, "--jaar=-1"], "jaar -1 kan geen scanjaar zijn"),
            (["valideer", "--invoer", input.root, "--jaar", "0"], "jaar 0 kan geen scanjaar zijn"),
            (["rapport", "--invoer", input.root, "--uitvoer", output], "\(input.root)/0000: een jaarmap heet naar een scanjaar"),
            (["valideer", "--invoer", input.root], "\(input.root)/0000: een jaarmap heet naar een scanjaar"),
        ]
        for (arguments, expected) in cases {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 64 || result.status == 1, "\(arguments): status \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("Fout: " + expected), "\(arguments): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: output + "/0000"))
    }

    @Test func commandLineRefusesAMalformedSourceDateEpoch() throws {
        let output = NSTemporaryDirectory() + "regioscan-output-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        for value in ["abc", "-1", "99999999999999999999"] {
            let result = try CommandRunner.run(["rapport", "--invoer", ProjectPaths.input, "--jaar", "2023", "--uitvoer", output, "--stil"],
                                               environment: ["SOURCE_DATE_EPOCH": value])
            #expect(result.status != 0)
            #expect(result.stderr.contains("Fout: SOURCE_DATE_EPOCH=\"\(value)\" is geen geldig tijdstip"), "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: output + "/2023"))
    }
}
