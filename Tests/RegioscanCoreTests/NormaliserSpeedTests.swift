import Foundation
import Testing
@testable import RegioscanCore

/// Shortcuts in the normaliser (byte-wise splitting, cached reach) give what the plain versions gave.
@Suite("Normaliseren: snelle wegen")
struct NormaliserSpeedTests {
    /// The split as it was: over characters.
    static func referenceSplit(_ cell: String) -> [String] {
        cell.split(whereSeparator: { $0 == ";" || $0 == "|" || $0.isNewline }).map { String($0).trimmed }.filter { !$0.isEmpty }
    }

    @Test func byteSplitEqualsCharacterSplit() {
        let cells = [
            "a;b", "a|b", " a | b ;; c ", "a\r\nb", "a\rb\nc", "a\u{0B}b\u{0C}c", "é;b", "a;é", "café ; thé",
            ";\u{0301}b", "a\u{0301};b", "a\u{2028}b", "a\u{85}b", "a\u{2029}b", "", ";;;", "  ", "Zorg & welzijn",
            "a\u{00A0};\u{00A0}b", "日本;中国|한국", "👩‍💻;x", "x;\u{200D}y",
        ]
        for cell in cells { #expect(MultiValueSplitter.split(cell) == Self.referenceSplit(cell), "\(cell.debugDescription)") }
        var random = SplitMix64(seed: 8)
        let alphabet: [String] = ["a", "b", " ", ";", "|", "\n", "\r", "é", "\u{0301}", "\u{2028}", "\u{85}", "\u{00A0}", "ß", "\t"]
        for _ in 0..<3_000 {
            let cell = (0..<Int(random.next() % 12)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
            #expect(MultiValueSplitter.split(cell) == Self.referenceSplit(cell), "\(cell.debugDescription)")
        }
    }

    @Test func trimmingEqualsFoundationTrimming() {
        let spaces = [" ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2007}",
                      "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{200B}", "\u{FEFF}", "\u{301}"]
        let words = ["", "a", "é", "a b", "x\u{301}", "日本"]
        for space in spaces {
            for word in words {
                for text in [space + word, word + space, space + word + space, space + space, space + word + " " + space] {
                    // As before: text that neither starts nor ends with a space-like scalar is kept as it is.
                    let starts = text.unicodeScalars.first?.isSpaceLike == true || text.unicodeScalars.last?.isSpaceLike == true
                    let expected = starts ? text.trimmingCharacters(in: .whitespacesAndNewlines) : text
                    #expect(text.trimmed == expected, "\(text.debugDescription)")
                }
            }
        }
    }

    /// The ASCII shortcut of collapsing gives what splitting on whitespace and joining with one space gives.
    @Test func collapsingEqualsSplittingAndJoining() {
        let pieces = ["", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{A0}", "\u{2003}", "a", "bc", "é", "x y", "日"]
        for first in pieces {
            for second in pieces {
                for third in pieces {
                    let text = first + second + third
                    let expected = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                    #expect(text.collapsingWhitespace == expected, "\(text.debugDescription)")
                }
            }
        }
    }

    @Test func aRepeatedReachTextIsReportedOnEveryRow() throws {
        let rows = (1...4).map { FixtureCSV.row("UT-00\($0)", "I\($0)", "A\($0)") + ["ca. 600"] }
            + [FixtureCSV.row("UT-005", "I5", "A5") + ["-3"], FixtureCSV.row("UT-006", "I6", "A6") + ["-3"]]
        let input = try TemporaryInput()
        defer { input.remove() }
        _ = try input.write("utrecht.csv", FixtureCSV.semicolon(extra: ["bereik"], rows: rows))
        let result = try input.load()
        #expect(result.diagnostics.all.filter { $0.kind == .reach && $0.severity == .warning }.count == 4)
        #expect(result.diagnostics.all.filter { $0.kind == .reach && $0.severity == .error }.count == 2)
    }
}

/// The files are normalised in runs, one per core; what the messages say must not depend on the split.
@Suite("Normaliseren: per reeks bestanden gelijk")
struct NormalisedRunsTests {
    /// 1,300 unknown sectors per file, 2,600 in all: above the suggestion budget for the two files together, within
    /// it for each. One run of both files and one run per file give the same messages, all with a suggestion.
    @Test func suggestionsDoNotDependOnHowTheFilesAreSplit() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        var files: [String] = []
        for (name, province, prefix) in [("drenthe.csv", "Drenthe", "DR"), ("utrecht.csv", "Utrecht", "UT")] {
            let rows = (1...1_300).map { number in
                FixtureCSV.row("\(prefix)-\(number)", "Initiatief \(number)", "Activiteit", province: province)
                    + ["Zorgg \(prefix) \(number)"]
            }
            files.append(try input.write(name, FixtureCSV.semicolon(extra: ["sector"], rows: rows)))
        }
        let taxonomy = try ProjectPaths.shippedTaxonomy()
        let together = NormalisedFiles(files: files[...], taxonomy: taxonomy, personalColumns: [])
        let apart = files.map { NormalisedFiles(files: [$0][...], taxonomy: taxonomy, personalColumns: []) }
        let messages = together.diagnostics.all.map(\.message)
        #expect(messages == apart.flatMap { $0.diagnostics.all.map(\.message) })
        #expect(messages.filter { $0.contains("bedoelde u") }.count == 2_600)
    }
}
