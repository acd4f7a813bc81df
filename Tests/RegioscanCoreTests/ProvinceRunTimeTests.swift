import Foundation
import Testing
@testable import RegioscanCore

/// The shortcuts that keep the province reports within their run-time budget give what the slow paths gave.
@Suite("Provinciale rapporten: looptijd")
struct ProvinceRunTimeTests {
    @Test(arguments: ["", "  ", "\t## Kop \t", "[[figuur 06]]  ", "\u{00A0}tekst\u{2003}", "a  b", "x\r"])
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
}
