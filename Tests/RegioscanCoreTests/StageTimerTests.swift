import Foundation
import Testing
@testable import RegioscanCore

@Suite("Tijden per stap")
struct StageTimerTests {
    final class Lines: @unchecked Sendable {
        var lines: [String] = []
    }

    @Test func anEnabledTimerReportsEveryStageAsATabSeparatedLine() {
        let collected = Lines()
        var timer = StageTimer(enabled: true) { collected.lines.append($0) }
        timer.lap("invoer")
        timer.lap("figuren")
        #expect(collected.lines.map { $0.split(separator: "\t").prefix(2).joined(separator: " ") } == ["tijd invoer", "tijd figuren"])
        #expect(collected.lines.allSatisfy { Double($0.split(separator: "\t")[2])! >= 0 })
    }

    /// With memory: after each stage its peak allocated and resident megabytes; a stage that holds 64 MB shows it.
    @Test func memoryPeaksFollowEachStage() {
        let collected = Lines()
        var timer = StageTimer(enabled: true, memory: true) { collected.lines.append($0) }
        defer { timer.stop() }
        timer.lap("leeg")
        let block = UnsafeMutableRawPointer.allocate(byteCount: 64 << 20, alignment: 64)
        block.initializeMemory(as: UInt8.self, repeating: 1, count: 64 << 20)
        timer.lap("vol")
        block.deallocate()
        let memory = collected.lines.filter { $0.hasPrefix("geheugen\t") }.map { $0.split(separator: "\t") }
        #expect(memory.map { String($0[1]) } == ["leeg", "vol"])
        // Other tests allocate meanwhile: only the block's own 64 MB is certain.
        let full = Int(memory[1][2])!
        #expect(full >= 64, "\(full) MB")
        #expect(Int(memory[1][3])! >= full)
    }

    @Test func aDisabledTimerSaysNothing() {
        let collected = Lines()
        var timer = StageTimer(enabled: false) { collected.lines.append($0) }
        timer.lap("invoer")
        #expect(collected.lines.isEmpty)
    }
}
