import Foundation
import Testing
@testable import RegioscanCore

@Suite("Figuur 1–3: het kader, getekend uit de taxonomie", .serialized)
struct FrameworkDiagramTests {
    static let golden: ReportRun = try! ReportRun.golden()

    @Test func theReportHasFiguresOneToThreeInChapterTwoBeforeFigureFour() throws {
        let files = Self.golden.allFiles()
        for name in ["figuren/figuur-01.svg", "figuren/figuur-02.svg", "figuren/figuur-03.svg"] {
            #expect(files.contains(name), "\(name)")
        }
        for number in ["01", "02", "03"] { #expect(!files.contains("tabellen/figuur-\(number).csv")) }
        for file in ["rapport.md", "rapport.html"] {
            let text = try Self.golden.text(file)
            let chapterTwo = try #require(text.range(of: "2 De Regioscan Digitalisering MKB", options: .backwards))
            let chapterThree = try #require(text.range(of: "3 Resultaten", options: .backwards))
            var previous = chapterTwo.upperBound
            for caption in ["Figuur 1 – ", "Figuur 2 – ", "Figuur 3 – ", "Figuur 4 – "] {
                let found = try #require(text.range(of: caption, range: previous..<text.endIndex), "\(file): \(caption)")
                #expect(found.lowerBound < chapterThree.lowerBound, "\(file): \(caption) not in chapter 2")
                previous = found.upperBound
            }
        }
    }

    @Test func theTreesShowEveryCategoryOfTheTaxonomyInItsGroupWithoutOverlap() throws {
        let taxonomy = try ProjectPaths.shippedTaxonomy()
        for (file, id) in [("figuren/figuur-02.svg", DimensionID.bottleneck), ("figuren/figuur-03.svg", .marketFailure)] {
            let svg = try Self.golden.text(file)
            let layout = SVGLayout(svg)
            let texts = layout.texts.map(\.label)
            for group in taxonomy[id].groups { #expect(texts.contains(group.label), "\(file): \(group.label)") }
            for category in taxonomy[id].categories {
                #expect(texts.contains { $0.hasSuffix(category.label) }, "\(file): \(category.label)")
            }
            #expect(layout.overlappingTexts().isEmpty, "\(file): \(layout.overlappingTexts())")
            let boxes = layout.rects.filter { $0.width > 20 && $0.width < 700 }
            for (index, box) in boxes.enumerated() {
                for other in boxes[(index + 1)...] { #expect(!box.overlaps(other), "\(file): \(box) \(other)") }
                // Connectors run between boxes, never through one.
                for line in layout.lines { #expect(!line.crosses(box), "\(file): line through \(box)") }
            }
            // Every text sits inside the box it labels.
            for text in layout.texts { #expect(layout.rects.contains { $0.contains(text) }, "\(file): \(text) outside a box") }
        }
    }

    @Test func anotherThemeRedrawsTheDiagramsWithNoCodeChange() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        let folder = ProjectPaths.fixtures + "/golden/2023"
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            try input.write(name, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))))
        }
        let original = try String(contentsOfFile: ProjectPaths.taxonomy + "/kader.yaml", encoding: .utf8)
        try input.writeTaxonomy("kader.yaml", original.replacingOccurrences(of: "Knelpunten, kant: Vraag", with: "Drempels, kant: Vraag"))
        let marketFailures = try String(contentsOfFile: ProjectPaths.taxonomy + "/marktfalen.yaml", encoding: .utf8)
        try input.writeTaxonomy("marktfalen.yaml", marketFailures.replacingOccurrences(of: "Relaties binnen systeem", with: "Ketenrelaties"))
        let run = try ReportRun.run(input)
        defer { try? FileManager.default.removeItem(atPath: run.output) }
        #expect(try run.text("figuren/figuur-01.svg").contains(">Drempels<"))
        #expect(!(try run.text("figuren/figuur-01.svg").contains(">Knelpunten<")))
        #expect(try run.text("figuren/figuur-03.svg").contains(">Ketenrelaties<"))
        #expect(try run.text("figuren/figuur-02.svg").contains("K10 Gebrek aan coördinatie"))
    }

    @Test func withoutKaderYamlTheReportHasNoFigureOneAndStillRuns() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try FileManager.default.removeItem(atPath: input.root + "/taxonomie/kader.yaml")
        let folder = ProjectPaths.fixtures + "/golden/2023"
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            try input.write(name, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))))
        }
        let run = try ReportRun.run(input)
        defer { try? FileManager.default.removeItem(atPath: run.output) }
        #expect(!run.allFiles().contains("figuren/figuur-01.svg"))
        #expect(run.allFiles().contains("figuren/figuur-02.svg"))
        #expect(!(try run.text("rapport.md").contains("Figuur 1 – ")))
    }

    @Test func aListThatDoesNotExistIsAnErrorWithFileAndLine() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.writeTaxonomy("kader.yaml", "kanten: [{label: Vraag}]\ndimensies:\n  - {label: Doelgroep, kant: Vraag, lijsten: [sectoren]}\n  - {label: X, kant: Aanbod}\n")
        var diagnostics = Diagnostics()
        #expect(TaxonomyLoader.load(folder: input.root + "/taxonomie", diagnostics: &diagnostics) == nil)
        let messages = diagnostics.all.map(\.message)
        #expect(messages.contains { $0.contains("\"sectoren\"") })
        #expect(messages.contains { $0.contains("kant \"Aanbod\"") })
    }
}
