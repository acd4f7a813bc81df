import Foundation
import Testing
@testable import RegioscanCore
#if canImport(Glibc)
import Glibc
#endif

/// Runs of the real program that are killed, or that meet another run on the same output folder.
@Suite("Onderbroken en gelijktijdige runs", .serialized)
struct InterruptedRunTests {
    /// Two creation times give two different, complete outputs of the same input (the workbooks differ).
    static let epochs = ["1700000000", "1800000000"]

    static func arguments(_ output: String) -> [String] {
        ["rapport", "--invoer", ProjectPaths.input, "--jaar", "2023", "--uitvoer", output, "--stil"]
    }

    /// Starts the program without waiting for it; its output goes to `log`.
    static func start(_ arguments: [String], epoch: String, log: String? = nil) throws -> Process {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": epoch]) { $1 }
        if let log {
            FileManager.default.createFile(atPath: log, contents: nil)
            process.standardError = FileHandle(forWritingAtPath: log)
        } else {
            process.standardError = FileHandle.nullDevice
        }
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// What sits beside the output folder, apart from the lock file.
    static func leftovers(_ output: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []).filter { $0 != ".2023.lock" && $0 != "2023" }
    }

    /// The longer loop is `scripts/killtest.sh` (in `make check`); this one stays at a few runs.
    @Test func aKilledRunLeavesThePreviousOrTheNewOutputComplete() throws {
        let output = NSTemporaryDirectory() + "regioscan-kill-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        let started = Date()
        let first = try CommandRunner.run(Self.arguments(output), environment: ["SOURCE_DATE_EPOCH": Self.epochs[0]])
        let duration = Date().timeIntervalSince(started)
        #expect(first.status == 0, "\(first.stderr)")
        let previous = try #require(FolderSnapshot(output + "/2023"))

        // Kill moments late in a run, where the workbooks are written and the folder is swapped.
        var found: [FolderSnapshot?] = []
        for fraction in [0.6, 0.85, 1.0] {
            let run = try Self.start(Self.arguments(output), epoch: Self.epochs[1])
            Thread.sleep(forTimeInterval: duration * fraction * Double.random(in: 0.9...1.1))
            kill(run.processIdentifier, SIGKILL)
            run.waitUntilExit()
            found.append(FolderSnapshot(output + "/2023"))
        }
        let last = try CommandRunner.run(Self.arguments(output), environment: ["SOURCE_DATE_EPOCH": Self.epochs[1]])
        #expect(last.status == 0, "\(last.stderr)")
        let new = try #require(FolderSnapshot(output + "/2023"))
        #expect(new != previous && new.paths == previous.paths)
        for (round, snapshot) in found.enumerated() {
            #expect(snapshot == previous || snapshot == new, "round \(round): output missing, incomplete or mixed")
        }
        #expect(Self.leftovers(output) == [])
    }

    @Test func aSecondRunWaitsWithAMessageUntilTheFirstIsDone() throws {
        let output = NSTemporaryDirectory() + "regioscan-lock-" + UUID().uuidString
        let log = output + "-stderr.txt"
        defer {
            try? FileManager.default.removeItem(atPath: output)
            try? FileManager.default.removeItem(atPath: log)
        }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        // This test plays the first run: it holds the lock as a run that is still writing would.
        let first = try OutputLock(OutputPlace(output + "/2023"), waiting: { _ in })
        let second = try Self.start(["rapport", "--invoer", ProjectPaths.input, "--jaar", "2023", "--uitvoer", output], epoch: Self.epochs[0], log: log)
        var message = ""
        for _ in 0..<200 where !message.contains("wacht") {
            Thread.sleep(forTimeInterval: 0.1)
            message = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        }
        #expect(message.contains("Een andere run schrijft al naar \(output)/2023; deze run wacht tot die klaar is."), "\(message)")
        #expect(second.isRunning)
        #expect(!FileManager.default.fileExists(atPath: output + "/2023"))
        first.release()
        second.waitUntilExit()
        #expect(second.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: output + "/2023/werkboeken/Nederland.xlsx"))
        #expect(Self.leftovers(output) == [])
    }
}
