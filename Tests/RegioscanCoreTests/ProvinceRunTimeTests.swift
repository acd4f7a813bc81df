import Foundation
import Testing
@testable import RegioscanCore

/// The shortcuts that keep the province reports within their run-time budget give what the slow paths gave.
@Suite("Provinciale rapporten: looptijd")
struct ProvinceRunTimeTests {
    @Test(arguments: ["", "  ", "\t## Kop \t", "[[figuur 06]]  ", "\u{00A0}tekst\u{2003}", " \u{00A0} é ", "a  b", " \u{0301}x", "x\r"])
    func templateLinesAreTrimmedAsFoundationDoes(line: String) {
        #expect(TemplateBlockParser.trimmed(line[...]) == line.trimmingCharacters(in: .whitespaces))
    }

    @Test func bothDocumentsOfADrawingEqualTheSeparateOnes() {
        var canvas = SVGCanvas(width: 200)
        canvas.text("Tekst & <meer>", x: 10, y: 20, size: 12)
        canvas.rect(x: 0, y: 30, width: 50, height: 10, fill: "#000000", tooltip: "a \"b\"")
        canvas.grow(to: 60)
        let both = canvas.documents(title: "Titel", description: "Beschrijving", idPrefix: "p-figuur-06", notice: "Voorbeeld")
        #expect(both.file == canvas.document(title: "Titel", description: "Beschrijving", idPrefix: "p-figuur-06", notice: "Voorbeeld"))
        #expect(both.inline == canvas.document(title: "Titel", description: "Beschrijving", idPrefix: "p-figuur-06",
                                               notice: "Voorbeeld", inline: true))
        #expect(both.inline.contains("aria-labelledby=\"p-figuur-06-titel p-figuur-06-beschrijving\""))
        #expect(!both.file.contains("aria-labelledby"))
    }

    /// Escaping on bytes gives what escaping character by character gave, for every kind of character.
    @Test(arguments: ["gewoon", "A & B <c> \"d\" 'e'", "regel\nnieuw\tTab", "cr\r\nlf en \r alleen", "\u{1}x\u{1F}",
                      "café & crème", "emoji 👩‍👩‍👧 & <b>", "'s-Hertogenbosch"])
    func xmlEscapingIsUnchanged(text: String) {
        var expected = ""
        for character in text {
            switch character {
            case "&": expected += "&amp;"
            case "<": expected += "&lt;"
            case ">": expected += "&gt;"
            case "\"": expected += "&quot;"
            case "'": expected += "&#39;"
            default:
                if let scalar = character.unicodeScalars.first, scalar.value < 0x20, !"\n\t".contains(character) {
                    expected += " "
                } else {
                    expected.append(character)
                }
            }
        }
        #expect(text.xmlEscaped == expected)
    }
}
