import Foundation
import Testing
@testable import RegioscanCore

/// The report on the shipped sample: sentences that the tables must not contradict.
@Suite("Rapport op de voorbeelddata")
struct SampleReportTests {
    static let run: ReportRun = try! ReportRun.sample()

    /// "Het type met het grootste aandeel in een provincie is het vaakst …", recomputed from figure 07's table:
    /// every province counts for each type that has its (joint) largest share, and a tie at the third place is kept.
    @Test func focusSentenceCountsEveryProvinceWhereATypeIsJointlyLargest() throws {
        let rows = TableCSV.parse(try Self.run.text("tabellen/figuur-07.csv")).rows
        var order: [String] = []
        for row in rows where !order.contains(row.category) { order.append(row.category) }
        var provinces: [String: Int] = [:]
        for province in Set(rows.map(\.province)) {
            let own = rows.filter { $0.province == province }
            guard let top = own.map(\.value).max(), top > 0 else { continue }
            for row in own where row.value == top { provinces[row.category, default: 0] += 1 }
        }
        let counts = Set(provinces.values).sorted(by: >)
        var phrases: [String] = []
        var named = 0
        for count in counts where named < 3 {
            let tied = order.filter { provinces[$0] == count }
            let unit = count == 1 ? "provincie" : "provincies"
            phrases.append(tied.count == 1 ? "\(tied[0]) (\(count) \(unit))" : "\(DutchList.join(tied)) (elk \(count) \(unit))")
            named += tied.count
        }
        let sentence = "Het type met het grootste aandeel in een provincie is het vaakst \(DutchList.join(phrases))"
        #expect(try Self.run.text("rapport.md").contains(sentence.markdownEscaped), "\(sentence)")
        #expect(provinces.values.reduce(0, +) >= Set(rows.map(\.province)).count)
    }

    /// The provinces' initiatives add up to more than the national count; the note under the table says by how much.
    @Test func keyFiguresPerProvinceSayWhyTheyAddUpToMore() throws {
        let rows = TableCSV.parse(try Self.run.text("tabellen/kerncijfers.csv")).rows.filter { $0.category == "initiatieven" }
        let national = Int(rows.first { $0.province == FigureRow.national }!.value)
        let sum = rows.filter { $0.province != FigureRow.national }.reduce(0) { $0 + Int($1.value) }
        #expect(sum > national, "the sample has initiatives in more than one province")
        let note = "tellen de provincies samen \(DutchNumber.integer(sum)) initiatieven op, \(DutchNumber.integer(sum - national)) meer dan de \(DutchNumber.integer(national))"
        #expect(try Self.run.text("rapport.md").contains(note))
        #expect(try Self.run.text("rapport.html").contains(note))
    }

    /// Lists of provinces "above the national share" hold exactly those provinces, largest first.
    @Test func maturityListsHoldExactlyTheProvincesAboveTheNationalShare() throws {
        let markdown = try Self.run.text("rapport.md")
        let rows = TableCSV.parse(try Self.run.text("tabellen/figuur-12.csv")).rows
        let lines = markdown.components(separatedBy: "\n").filter { $0.hasPrefix("- ") && $0.contains("(landelijk ") }
        #expect(!lines.isEmpty)
        for line in lines {
            let category = String(line.dropFirst(2).prefix { $0 != "(" }).trimmingCharacters(in: .whitespaces)
            let own = rows.filter { $0.category == category }
            let listed = line.components(separatedBy: "): ").dropFirst().joined()
            let names = own.filter { listed.contains($0.province + " (") }.sorted { $0.value > $1.value }
            #expect(!names.isEmpty, "\(line)")
            let lowestListed = names.map(\.value).min() ?? 0
            let unlisted = own.filter { !listed.contains($0.province + " (") }
            #expect(unlisted.allSatisfy { $0.value < lowestListed }, "\(line)")
        }
    }
}
