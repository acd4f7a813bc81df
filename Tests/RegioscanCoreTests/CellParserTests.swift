import Testing
@testable import RegioscanCore

@Suite("Celwaarden: ja/nee, bereik, meerdere waarden, vergelijken")
struct CellParserTests {
    @Test(arguments: ["ja", "JA", "j", "x", "X", "1", "true", "TRUE", "yes", " Ja "])
    func trueBooleans(text: String) { #expect(BooleanParser.parse(text) == true) }

    @Test(arguments: ["nee", "n", "", "0", "false", "no", "NEE", "  "])
    func falseBooleans(text: String) { #expect(BooleanParser.parse(text) == false) }

    @Test(arguments: ["misschien", "2", "ok", "waar", "-"])
    func invalidBooleans(text: String) { #expect(BooleanParser.parse(text) == nil) }

    @Test(arguments: [
        ("8126", ReachValue.known(8126, approximate: false)),
        ("8.126", .known(8126, approximate: false)),
        ("8 126", .known(8126, approximate: false)),
        ("8\u{00A0}126", .known(8126, approximate: false)),
        ("1.234.567", .known(1_234_567, approximate: false)),
        ("0", .known(0, approximate: false)),
        ("ca. 4000", .known(4000, approximate: true)),
        ("ca 4.000", .known(4000, approximate: true)),
        ("~4000", .known(4000, approximate: true)),
        ("±4000", .known(4000, approximate: true)),
        (">4000", .known(4000, approximate: true)),
        ("4000+", .known(4000, approximate: true)),
        ("", .unknown), ("onbekend", .unknown), ("n.b.", .unknown), ("nb", .unknown), ("?", .unknown),
        ("-", .unknown), ("Onbekend", .unknown),
        ("-5", .negative), ("12,5", .fractional), ("8.12", .fractional), ("1.5", .fractional),
        ("veel", .notANumber), ("4000 bedrijven", .notANumber), ("8.1.26", .notANumber),
        ("99999999999999999999", .tooLarge),
        ("8.126,00", .known(8126, approximate: false)), ("8126.0", .known(8126, approximate: false)),
        ("1.000", .known(1000, approximate: false)), ("12,50", .fractional), (",00", .fractional),
    ])
    func reach(text: String, expected: ReachValue) {
        #expect(ReachParser.parse(text) == expected)
    }

    @Test func multiValuedCellsSplitOnSemicolonPipeAndLineBreak() {
        #expect(MultiValueSplitter.split("AI; IoT | Robotics\nData;;  ") == ["AI", "IoT", "Robotics", "Data"])
        #expect(MultiValueSplitter.split("") == [])
    }

    @Test func matchKeyIgnoresCaseAccentsSpacesAndTreatsAmpersandEnAndAlike() {
        #expect("  Netwerken &  Coördineren ".matchKey == "netwerken en coordineren")
        #expect("netwerken and coordineren".matchKey == "netwerken en coordineren")
        #expect("Scale-up".matchKey == "scale up")
        #expect("MKB’er".matchKey == "mkb'er")
    }

    /// ASCII is folded byte by byte: the same as Foundation's folding for every ASCII character and for random
    /// ASCII texts; other text still goes through Foundation.
    @Test func asciiIsFoldedAsFoundationFoldsIt() {
        func foundation(_ text: String) -> String {
            text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        }
        for value in 0..<128 {
            let text = String(UnicodeScalar(UInt8(value)))
            #expect(text.foldedForMatching == foundation(text), "\(value)")
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = String(decoding: (0..<Int.random(in: 0...30, using: &generator)).map { _ in
                UInt8.random(in: 0...127, using: &generator)
            }, as: UTF8.self)
            #expect(text.foldedForMatching == foundation(text))
        }
        #expect("Coördineren ＡＩ".foldedForMatching == foundation("Coördineren ＡＩ"))
        #expect("Coördineren ＡＩ".foldedForMatching == "coordineren ai")
    }

    @Test func headerKeyIgnoresCaseAccentsSpacesAndUnderscores() {
        #expect("Type activiteit".headerKey == "type_activiteit".headerKey)
        #expect(" TYPE_ACTIVITEIT ".headerKey == "typeactiviteit")
        #expect("E-mail".headerKey == "email")
    }

    @Test func dutchNumbers() {
        #expect(DutchNumber.integer(8126) == "8.126")
        #expect(DutchNumber.integer(109_339) == "109.339")
        #expect(DutchNumber.integer(12) == "12")
        #expect(DutchNumber.integer(1_000_000) == "1.000.000")
        #expect(DutchNumber.decimal(2.6454, decimals: 1) == "2,6")
        #expect(DutchNumber.percent(0.2485) == "25%")
        #expect(DutchNumber.approximately(109_339, step: 10_000) == "ca. 110.000")
    }
}
