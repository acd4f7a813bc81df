import CFileSwap
import Foundation
import Testing
@testable import RegioscanCore
#if canImport(Glibc)
import Glibc
#endif

@Suite("Uitvoermap vervangen")
struct OutputWriterTests {
    /// A fresh parent folder with `2023` as the destination inside it.
    struct Place {
        let parent = NSTemporaryDirectory() + "regioscan-swap-" + UUID().uuidString
        var destination: String { parent + "/2023" }

        func write(_ path: String, _ text: String) throws {
            let full = parent + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: false, encoding: .utf8)
        }

        func read(_ path: String) -> String? {
            try? String(contentsOfFile: parent + "/" + path, encoding: .utf8)
        }

        /// Everything beside the destination except the lock file.
        func entries() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).filter { $0 != ".2023.lock" }.sorted()
        }

        func remove() { try? FileManager.default.removeItem(atPath: parent) }
    }

    static let newFiles = [OutputFile(path: "rapport.md", text: "nieuw")]

    struct Refused: Error {}

    @Test func theExchangeOfThisPlatformSwapsTwoFoldersInOneStep() throws {
        let place = Place()
        defer { place.remove() }
        try place.write("a/naam", "a")
        try place.write("b/naam", "b")
        #expect(regioscan_exchange_paths(place.parent + "/a", place.parent + "/b") == 0, "errno \(errno)")
        #expect(place.read("a/naam") == "b")
        #expect(place.read("b/naam") == "a")
    }

    @Test func aPreviousOutputThatAKilledRunMovedAsideIsRestoredNotDeleted() throws {
        let place = Place()
        defer { place.remove() }
        // A run killed between the two renames of the fallback swap: the previous output is only in `.oud-`.
        try place.write(".2023.oud-424242/rapport.md", "vorige")
        try place.write(".2023.nieuw-424242/rapport.md", "half")
        // This run fails while writing, so the folder shows what it found and put back.
        #expect(throws: RegioscanError.self) {
            try OutputWriter.replace(folder: place.destination, with: Self.newFiles, more: { _ in throw Refused() })
        }
        #expect(place.read("2023/rapport.md") == "vorige")
        #expect(place.entries() == ["2023"])
    }

    @Test func aRunWaitsForTheRunThatHoldsTheFolderAndLeavesItsFilesAlone() throws {
        let place = Place()
        defer { place.remove() }
        try place.write(".2023.nieuw-424242/rapport.md", "van de andere run")
        let other = try OutputLock(OutputPlace(place.destination), waiting: { _ in })
        let waiting = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let messages = MessageBox()
        let destination = place.destination
        DispatchQueue.global().async {
            do {
                try OutputWriter.replace(folder: destination, with: Self.newFiles, waiting: { message in
                    messages.append(message)
                    waiting.signal()
                })
            } catch {
                messages.append("fout: \(error)")
            }
            finished.signal()
        }
        #expect(waiting.wait(timeout: .now() + 20) == .success)
        #expect(messages.all.first?.contains("wacht tot die klaar is") == true, "\(messages.all)")
        Thread.sleep(forTimeInterval: 0.2)
        #expect(place.read(".2023.nieuw-424242/rapport.md") == "van de andere run")
        #expect(place.read("2023/rapport.md") == nil)
        other.release()
        #expect(finished.wait(timeout: .now() + 20) == .success)
        #expect(place.read("2023/rapport.md") == "nieuw")
        #expect(messages.all.count == 1, "\(messages.all)")
    }

    @Test func withoutAnAtomicExchangeTheFallbackStillReplacesTheFolder() throws {
        let place = Place()
        defer { place.remove() }
        try place.write("2023/rapport.md", "vorige")
        try place.write("2023/alleen-oud.md", "weg")
        try OutputWriter.replace(folder: place.destination, with: Self.newFiles, waiting: { _ in },
                                 exchange: { _, _ in errno = EINVAL; return -1 }, more: { _ in })
        #expect(place.read("2023/rapport.md") == "nieuw")
        #expect(place.read("2023/alleen-oud.md") == nil)
        #expect(place.entries() == ["2023"])
    }

    @Test func aSwapThatFailsOtherwiseKeepsThePreviousFolder() throws {
        let place = Place()
        defer { place.remove() }
        try place.write("2023/rapport.md", "vorige")
        #expect(throws: RegioscanError.self) {
            try OutputWriter.replace(folder: place.destination, with: Self.newFiles, waiting: { _ in },
                                     exchange: { _, _ in errno = EACCES; return -1 }, more: { _ in })
        }
        #expect(place.read("2023/rapport.md") == "vorige")
        #expect(place.entries() == ["2023"])
    }

    @Test func theFirstRunRenamesTheNewFolderIntoPlace() throws {
        let place = Place()
        defer { place.remove() }
        try OutputWriter.replace(folder: place.destination, with: Self.newFiles, waiting: { _ in },
                                 exchange: { _, _ in Issue.record("no exchange without a previous folder"); return -1 },
                                 more: { _ in })
        #expect(place.read("2023/rapport.md") == "nieuw")
        #expect(place.entries() == ["2023"])
    }
}

/// Messages collected on another thread.
final class MessageBox: @unchecked Sendable {
    private var messages: [String] = []
    private let lock = NSLock()

    func append(_ message: String) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }
}
