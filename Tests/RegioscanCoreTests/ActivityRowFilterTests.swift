import Foundation
import Testing
@testable import RegioscanCore

/// A rerun compares the new activity data with the old: rows whose bytes are the same in every column but the
/// source are left out before parsing, and what remains gives the same changes as comparing every row.
@Suite("Wijzigingen: ongewijzigde rijen vooraf weggelaten")
struct ActivityRowFilterTests {
    static let header = CSVWriter.line(ActivityDataRenderer.columns)

    /// One row of `data/activiteiten.csv`, with these values and empty cells elsewhere.
    static func row(_ values: [String: String]) -> String {
        CSVWriter.line(ActivityDataRenderer.columns.map { values[$0] ?? "" })
    }

    static func row(_ number: Int, line: Int, note: String = "", reach: String = "") -> String {
        row(["initiatief_id": "UT-\(number)", "activiteit": "Activiteit \(number)", "provincie": "Utrecht",
             "toelichting": note, "bereik": reach, "bron": "utrecht.csv:\(line)"])
    }

    static func unpaired(_ previous: String, _ current: String) -> (previous: String, current: String)? {
        ActivityRowFilter.unpaired(.bytes(Array(previous.utf8)), .bytes(Array(current.utf8)), ignoring: "bron")
            .map { (String(decoding: $0.previous, as: UTF8.self), String(decoding: $0.current, as: UTF8.self)) }
    }

    /// A row inserted at the top moves every source line; only the inserted row and the edited one remain.
    @Test func onlyChangedAndNewRowsRemain() throws {
        let previous = Self.header + (0..<5).map { Self.row($0, line: $0 + 2) }.joined()
        let current = Self.header + Self.row(99, line: 2)
            + (0..<5).map { Self.row($0, line: $0 + 3, note: $0 == 3 ? "nieuwe toelichting" : "") }.joined()
        let result = try #require(Self.unpaired(previous, current))
        #expect(result.previous == Self.header + Self.row(3, line: 5))
        #expect(result.current == Self.header + Self.row(99, line: 2) + Self.row(3, line: 6, note: "nieuwe toelichting"))
    }

    /// Quoted cells with delimiters, doubled quotes and line breaks are one cell; CRLF and LF rows of the same
    /// content pair; a last row without a line end counts.
    @Test func quotedCellsLineEndsAndTheLastRow() throws {
        let tricky = Self.row(["initiatief_id": "UT-1", "activiteit": "Lab, \"groot\"", "toelichting": "regel 1\nregel 2",
                               "bron": "utrecht.csv:2"])
        #expect(tricky.contains("\"regel 1\nregel 2\""))
        let moved = tricky.replacingOccurrences(of: "utrecht.csv:2", with: "utrecht.csv:7")
        let other = Self.row(2, line: 3)
        let previous = Self.header + tricky + other
        let current = Self.header + moved.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: "regel 1\r\n", with: "regel 1\n")
            + String(Self.row(2, line: 8, note: "anders").dropLast())
        let result = try #require(Self.unpaired(previous, current))
        #expect(result.previous == Self.header + other)
        #expect(result.current == Self.header + Self.row(2, line: 8, note: "anders"))
    }

    /// Read from files in windows of a few bytes (rows, quoted line breaks and CRLF cut anywhere), the result is
    /// the same as from memory.
    @Test(arguments: [1, 2, 3, 7, 64, 4096])
    func filesReadInWindowsGiveTheSameRows(window: Int) throws {
        let tricky = Self.row(["initiatief_id": "UT-1", "activiteit": "Lab, \"groot\"", "toelichting": "regel 1\r\nregel 2",
                               "bron": "utrecht.csv:2"])
        let previous = Self.header + (0..<40).map { Self.row($0, line: $0 + 3) }.joined() + tricky
        let current = Self.header + tricky.replacingOccurrences(of: "csv:2", with: "csv:9")
            + (0..<40).map { Self.row($0, line: $0 + 2, note: $0 % 9 == 0 ? "nieuw" : "") }.joined()
            .replacingOccurrences(of: "\n", with: "\r\n")
        let folder = try TemporaryFolder.make("regioscan-rijen")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(previous.utf8).write(to: URL(fileURLWithPath: folder + "/oud.csv"))
        try Data(current.utf8).write(to: URL(fileURLWithPath: folder + "/nieuw.csv"))
        let fromFiles = try #require(ActivityRowFilter.unpaired(.file(folder + "/oud.csv"), .file(folder + "/nieuw.csv"),
                                                                ignoring: "bron", windowSize: window))
        let fromMemory = try #require(ActivityRowFilter.unpaired(.bytes(Array(previous.utf8)), .bytes(Array(current.utf8)), ignoring: "bron"))
        #expect(fromFiles.previous == fromMemory.previous && fromFiles.current == fromMemory.current)
        // The header is skipped also when it spans several windows: 41 data rows, not one more.
        let layout = try #require(ActivityRowFilter.Layout(.file(folder + "/oud.csv"), .file(folder + "/nieuw.csv"), ignoring: "bron"))
        #expect(ActivityRowFilter.Row.scan(.file(folder + "/oud.csv"), layout: layout, windowSize: window)?.count == 41)
        // Rows 0, 9, 18, 27 and 36 changed; the quoted row only moved.
        #expect(OutputSnapshot.activityRecords(fromFiles.current)?.map(\.name) == [0, 9, 18, 27, 36].map { "Activiteit \($0)" })
        #expect(OutputSnapshot.activityRecords(fromFiles.previous)?.count == 5)
    }

    /// Two identical rows and one partner: one of them remains.
    @Test func identicalRowsPairOnce() throws {
        let row = Self.row(1, line: 2)
        let result = try #require(Self.unpaired(Self.header + row + row, Self.header + row))
        #expect(result.previous == Self.header + row)
        #expect(result.current == Self.header)
    }

    /// Files of different writers (another header, no source column) are not compared as bytes; rows that
    /// remain in another encoding than UTF-8 are compared with every row.
    @Test func filesThatCannotBeComparedAsBytes() throws {
        let row = Self.row(1, line: 2)
        let semicolons = Self.header.replacingOccurrences(of: ",", with: ";") + row.replacingOccurrences(of: ",", with: ";")
        #expect(Self.unpaired(Self.header + row, semicolons) == nil)
        #expect(Self.unpaired("a,b\n1,2\n", "a,b\n1,2\n") == nil)
        let changed = try #require(ActivityComparison(previousData: .bytes(Array((Self.header + row).utf8)), currentData: .bytes(Array(semicolons.utf8))))
        #expect(changed.isEmpty, "the same activity in another dialect")
        let latin = Array((Self.header + Self.row(2, line: 3)).utf8)
        let before = latin.map { $0 == UInt8(ascii: "2") ? 0xE9 : $0 }
        let comparison = try #require(ActivityComparison(previousData: .bytes(Array((Self.header + row).utf8) + before.dropFirst(Self.header.utf8.count)),
                                                         currentData: .bytes(Array((Self.header + row).utf8) + latin.dropFirst(Self.header.utf8.count))))
        #expect(comparison.added.map(\.current?.name) == ["Activiteit 2"])
        #expect(comparison.removed.map(\.previous?.name) == ["Activiteit é"])
    }

    /// On random edits of a few hundred rows (values changed, rows added, removed and moved, names shared by
    /// two rows), the comparison gives the same changes as comparing every row without the filter.
    @Test(arguments: [1, 2, 3, 4, 5])
    func theSameChangesAsComparingEveryRow(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let notes = ["", "kort", "met, komma", "met \"quotes\"", "twee\nregels"]
        func line(_ number: Int, _ source: Int, _ variant: Int) -> String {
            Self.row(["initiatief_id": "UT-\(number % 150)", "activiteit": "Activiteit \(number % 150)",
                      "provincie": "Utrecht", "toelichting": notes[variant % notes.count], "bereik": "\(variant)",
                      "bron": "utrecht.csv:\(source)"])
        }
        var rows = (0..<200).map { (number: $0, variant: 0) }
        let oldRows = rows
        let old = Self.header + rows.enumerated().map { line($1.number, $0 + 2, $1.variant) }.joined()
        for _ in 0..<30 {
            let place = Int.random(in: 0..<rows.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: rows[place].variant += Int.random(in: 1...4, using: &random)
            case 1: rows.insert((number: 200 + Int.random(in: 0..<400, using: &random), variant: 1), at: place)
            case 2: rows.remove(at: place)
            default: rows.swapAt(place, Int.random(in: 0..<rows.count, using: &random))
            }
        }
        let new = Self.header + rows.enumerated().map { line($1.number, $0 + 2, $1.variant) }.joined()
        let filtered = try #require(ActivityComparison(previousData: .bytes(Array(old.utf8)), currentData: .bytes(Array(new.utf8))))
        let all = ActivityComparison(previous: ActivityComparison.keyed(try #require(OutputSnapshot.activityRecords(Array(old.utf8)))),
                                     current: ActivityComparison.keyed(try #require(OutputSnapshot.activityRecords(Array(new.utf8)))))
        // Rows that share a key are numbered among the rows that remain, so compare what each key's rows say.
        func summary(_ changes: [ActivityChange]) -> [String] {
            changes.map { "\($0.key.initiativeID)|\($0.previous?["toelichting"] ?? "-")|\($0.previous?["bereik"] ?? "-")|"
                + "\($0.current?["toelichting"] ?? "-")|\($0.current?["bereik"] ?? "-")" }.sorted()
        }
        func count(_ key: Int, in list: [(number: Int, variant: Int)]) -> Int { list.filter { $0.number % 150 == key }.count }
        let keysWithOneRow = Set((oldRows + rows).map { $0.number % 150 }).filter { count($0, in: oldRows) <= 1 && count($0, in: rows) <= 1 }
        func single(_ changes: [ActivityChange]) -> [ActivityChange] {
            changes.filter { keysWithOneRow.contains(Int($0.key.initiativeID.dropFirst(3))!) && $0.key.occurrence == 0 }
        }
        #expect(summary(single(filtered.changed)) == summary(single(all.changed)))
        #expect(summary(single(filtered.added)) == summary(single(all.added)))
        #expect(summary(single(filtered.removed)) == summary(single(all.removed)))
        #expect(filtered.changed.count + filtered.added.count + filtered.removed.count > 0)
    }
}
