import Foundation
import Testing
@testable import RegioscanCore

@Suite("CSV-lezer: dialect, quoting en regelnummers")
struct CSVReaderTests {
    func read(_ text: String) -> (CSVTable?, Diagnostics) {
        read(bytes: Array(text.utf8))
    }

    func read(bytes: [UInt8]) -> (CSVTable?, Diagnostics) {
        var diagnostics = Diagnostics()
        let table = CSVReader.read(DecodedText(bytes: bytes), file: "f.csv", diagnostics: &diagnostics)
        return (table, diagnostics)
    }

    @Test(arguments: [(";", "a;b;c\n1;2;3\n"), (",", "a,b,c\n1,2,3\n"), ("\t", "a\tb\tc\n1\t2\t3\n")])
    func detectsDelimiterFromHeader(delimiter: String, text: String) throws {
        let (table, _) = read(text)
        let parsed = try #require(table)
        #expect(parsed.delimiter == UInt8(ascii: Unicode.Scalar(delimiter)!))
        #expect(parsed.header.cells == ["a", "b", "c"])
        #expect(parsed.rows.map(\.cells) == [["1", "2", "3"]])
    }

    @Test func headerWithCommasInNamesStillDetectsSemicolon() throws {
        let (table, _) = read("naam, voornaam;b;c\n1;2;3\n")
        #expect(try #require(table).header.cells == ["naam, voornaam", "b", "c"])
    }

    @Test func excelSeparatorLineNamesTheDelimiterAndCountsAsLineOne() throws {
        let (table, _) = read("sep=;\na;b\n1;2\n")
        let parsed = try #require(table)
        #expect(parsed.header.cells == ["a", "b"])
        #expect(parsed.header.line == 2)
        #expect(parsed.rows[0].line == 3)
    }

    @Test func quotedCellsHoldDelimitersQuotesAndLineBreaks() throws {
        let (table, diagnostics) = read("a;b;c\n\"x;y\";\"he said \"\"hi\"\"\";\"line1\nline2\"\n4;5;6\n")
        let parsed = try #require(table)
        #expect(diagnostics.all.isEmpty)
        #expect(parsed.rows[0].cells == ["x;y", "he said \"hi\"", "line1\nline2"])
        #expect(parsed.rows[0].line == 2)
        // The row after a two-line cell starts on physical line 4.
        #expect(parsed.rows[1].line == 4)
    }

    @Test(arguments: ["\r\n", "\n", "\r"])
    func lineEndingsAllCountAsOneLine(ending: String) throws {
        let (table, _) = read(["a;b", "1;2", "3;4"].joined(separator: ending) + ending)
        let parsed = try #require(table)
        #expect(parsed.rows.map(\.line) == [2, 3])
        #expect(parsed.rows.map(\.cells) == [["1", "2"], ["3", "4"]])
    }

    @Test func crlfInsideQuotedCellBecomesOneLineBreak() throws {
        let (table, _) = read("a;b\r\n\"x\r\ny\";2\r\n5;6\r\n")
        let parsed = try #require(table)
        #expect(parsed.rows[0].cells[0] == "x\ny")
        #expect(parsed.rows[1].line == 4)
    }

    @Test func blankLinesAndTrailingEmptyColumnsAreIgnored() throws {
        let (table, diagnostics) = read("a;b;;\n\n1;2;;\n;;;\n   \n3;4\n")
        let parsed = try #require(table)
        #expect(diagnostics.all.isEmpty)
        #expect(parsed.header.cells == ["a", "b"])
        #expect(parsed.rows.map(\.cells) == [["1", "2"], ["3", "4"]])
        #expect(parsed.rows.map(\.line) == [3, 6])
    }

    @Test func rowWithMoreFilledCellsThanHeaderIsAnError() {
        let (_, diagnostics) = read("a;b\n1;2;3\n4;5\n")
        #expect(diagnostics.texts(.error) == [
            "f.csv:2: rij heeft 3 cellen maar de kopregel 2 kolommen (gevulde cel in kolom 3 zonder kolomnaam)",
        ])
    }

    @Test func unterminatedQuoteIsReportedWhereTheCellStarts() {
        let (table, diagnostics) = read("a;b\n1;2\n3;\"open\n4;5\n6;7\n")
        #expect(diagnostics.errors.map(\.location.line) == [3])
        #expect(table?.rows.count == 1)
    }

    @Test func emptyFileIsAnError() {
        for text in ["", "\n\n", "  \r\n"] {
            let (table, diagnostics) = read(text)
            #expect(table == nil)
            #expect(diagnostics.texts(.error) == ["f.csv:1: bestand is leeg: een kopregel met kolomnamen wordt verwacht"])
        }
    }

    @Test func headerWithoutRowsIsAWarning() {
        let (table, diagnostics) = read("a;b\n")
        #expect(table != nil)
        #expect(diagnostics.texts(.warning) == ["f.csv:1: bestand heeft een kopregel maar geen rijen"])
        #expect(!diagnostics.hasErrors)
    }

    @Test func nulByteIsAnErrorWithItsLine() {
        let (table, diagnostics) = read(bytes: Array("a;b\n1;2\n3;\u{0}4\n".utf8))
        #expect(table == nil)
        #expect(diagnostics.errors.first?.location.line == 3)
    }

    @Test func lenientAboutQuotesInsideUnquotedCellsAndSpacesBeforeQuotes() throws {
        let (table, _) = read("a,b\n12\" scherm, \"x, y\"\n")
        #expect(try #require(table).rows[0].cells == ["12\" scherm", "x, y"])
    }
}

@Suite("Tekstcodering")
struct TextEncodingTests {
    @Test func utf8WithBOMIsStripped() {
        let text = DecodedText(bytes: [0xEF, 0xBB, 0xBF] + Array("é;b".utf8))
        #expect(text.encoding == .utf8WithBOM)
        #expect(String(decoding: text.utf8, as: UTF8.self) == "é;b")
    }

    @Test func invalidUTF8IsReadAsWindows1252() {
        // "Coördinatie – €5" as a Dutch Excel saves it.
        let bytes: [UInt8] = [0x43, 0x6F, 0xF6, 0x72, 0x64, 0x20, 0x96, 0x20, 0x80, 0x35]
        let text = DecodedText(bytes: bytes)
        #expect(text.encoding == .windows1252)
        #expect(String(decoding: text.utf8, as: UTF8.self) == "Coörd – €5")
    }

    /// The check in place agrees with the standard library's on every one- and two-byte sequence, on three- and
    /// four-byte sequences around every boundary (overlong forms, surrogates, beyond U+10FFFF), and on random bytes.
    @Test func utf8IsCheckedAsTheStandardLibraryChecksIt() {
        func agrees(_ bytes: [UInt8]) -> Bool {
            DecodedText.isValidUTF8(bytes) == (String(validating: bytes, as: UTF8.self) != nil)
        }
        var disagreements: [[UInt8]] = []
        for first in 0...255 {
            if !agrees([UInt8(first)]) { disagreements.append([UInt8(first)]) }
            for second in 0...255 where !agrees([UInt8(first), UInt8(second)]) {
                disagreements.append([UInt8(first), UInt8(second)])
            }
        }
        let edges: [UInt8] = [0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0]
        for lead in 0xE0...0xF7 {
            for second in edges {
                for third in edges where !agrees([UInt8(lead), second, third]) {
                    disagreements.append([UInt8(lead), second, third])
                }
                for third in edges {
                    for fourth in edges where !agrees([UInt8(lead), second, third, fourth]) {
                        disagreements.append([UInt8(lead), second, third, fourth])
                    }
                }
            }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            // Mostly text with now and then a high byte, at every place of a long run.
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                Int.random(in: 0..<8, using: &generator) == 0 ? UInt8.random(in: 0x80...0xFF, using: &generator)
                    : UInt8.random(in: 0x20...0x7E, using: &generator)
            }
            if !agrees(bytes) { disagreements.append(bytes) }
        }
        #expect(agrees(Array("Fryslân – coördinatie 😀".utf8)) && DecodedText.isValidUTF8(Array("😀".utf8)))
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    @Test func utf16WithBOMIsDecoded() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "a;é".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let text = DecodedText(bytes: bytes)
        #expect(text.encoding == .utf16)
        #expect(String(decoding: text.utf8, as: UTF8.self) == "a;é")
    }

    @Test func windows1252RoundTrips() {
        let original = "Fryslân – coördinatie “data” €"
        let encoded = Windows1252.encode(original)
        #expect(String(decoding: Windows1252.decode(encoded), as: UTF8.self) == original)
    }

    /// Every byte, alone and in runs that start at every offset of the eight-byte steps, decodes to its code point
    /// (the five undefined bytes to their Latin-1 control code point).
    @Test func windows1252DecodesEveryByteAtEveryPlace() {
        func expected(_ bytes: [UInt8]) -> String {
            String(String.UnicodeScalarView(bytes.map { byte in
                Unicode.Scalar(byte >= 0x80 && byte <= 0x9F ? Windows1252.high[Int(byte) - 0x80] : UInt32(byte))!
            }))
        }
        let all = (0...255).map { UInt8($0) }
        #expect(String(decoding: Windows1252.decode(all), as: UTF8.self) == expected(all))
        for byte in all {
            for offset in 0..<17 {
                let bytes = [UInt8](repeating: 0x61, count: offset) + [byte] + [UInt8](repeating: 0x62, count: 17 - offset)
                #expect(String(decoding: Windows1252.decode(bytes), as: UTF8.self) == expected(bytes))
            }
        }
        #expect(Windows1252.decode([]).isEmpty)
    }

    @Test func windows1252FileGetsAWarningAndIsRead() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        let text = FixtureCSV.semicolon(extra: ["sector"], rows: [FixtureCSV.row(name: "Coördinatie") + ["Financiële dienstverlening"]])
        try input.write("utrecht.csv", bytes: Windows1252.encode(text))
        let result = try input.load()
        #expect(result.diagnostics.texts(.warning) == [
            "utrecht.csv: bestand is geen geldige UTF-8 en is gelezen als Windows-1252; sla het bij voorkeur op als \"CSV UTF-8\"",
        ])
        let dataset = try #require(result.dataset)
        #expect(dataset.initiatives[0].name == "Coördinatie")
        #expect(dataset.label(.sector, dataset.activities[0].sectors[0]) == "Financiële dienstverlening")
    }
}

private extension FixtureCSV {
    static func row(name: String) -> [String] { row("UT-001", name) }
}
