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

    @Test func aDisabledTimerSaysNothing() {
        let collected = Lines()
        var timer = StageTimer(enabled: false) { collected.lines.append($0) }
        timer.lap("invoer")
        #expect(collected.lines.isEmpty)
    }
}
