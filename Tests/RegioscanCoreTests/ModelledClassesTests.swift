import Foundation
import Testing
@testable import RegioscanCore

/// Another theme may model any number of reach and effort classes, or none: the report, tables, SVGs and
/// workbooks follow the taxonomy instead of assuming Laag / Middel / Hoog.
@Suite("Ingeschatte klassen: geen tot vijf", .serialized)
struct ModelledClassesTests {
    static let classFigures: [FigureID] = [.reachEffortClasses, .quadrant, .reachClassShares, .effortClassShares]

    /// The golden delivery with `type_activiteit.yaml` rewritten: the shipped classes Laag / Middel / Hoog become
    /// the first, a middle and the last of `classes` (or disappear), and Kennisplatform loses its reach class.
    func run(classes: [String]) throws -> ReportRun {
        let input = try TemporaryInput()
        let folder = ProjectPaths.fixtures + "/golden/2023"
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            try input.write(name, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))))
        }
        let original = try String(contentsOfFile: ProjectPaths.taxonomy + "/type_activiteit.yaml", encoding: .utf8)
        let mapping = classes.isEmpty ? [:] : ["Laag": classes[0], "Middel": classes[(classes.count - 1) / 2], "Hoog": classes[classes.count - 1]]
        var lines: [String] = []
        var category = ""
        for line in original.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("label:") { category = trimmed }
            if trimmed.hasPrefix("klassen:") {
                if !classes.isEmpty { lines.append("klassen: [\(classes.joined(separator: ", "))]") }
            } else if trimmed.hasPrefix("bereik:") || trimmed.hasPrefix("inspanning:") {
                guard !classes.isEmpty, !(trimmed.hasPrefix("bereik:") && category == "label: Kennisplatform") else { continue }
                let parts = line.components(separatedBy: ": ")
                lines.append(parts[0] + ": " + mapping[parts[1]]!)
            } else {
                lines.append(line)
            }
        }
        try input.writeTaxonomy("type_activiteit.yaml", lines.joined(separator: "\n"))
        return try ReportRun.run(input)
    }

    @Test func withoutClassesTheFiguresThatNeedThemAreLeftOutAndValidationSaysSo() throws {
        let run = try run(classes: [])
        defer { run.remove() }
        let files = Set(run.allFiles())
        for id in Self.classFigures {
            #expect(!files.contains("tabellen/\(id.fileName).csv") && !files.contains("figuren/\(id.fileName).svg"), "\(id.rawValue)")
        }
        #expect(files.contains("tabellen/figuur-06.csv") && files.contains("figuren/figuur-21.svg"))
        let markdown = try run.text("rapport.md")
        let html = try run.text("rapport.html")
        for number in [4, 5, 19, 20] {
            #expect(!markdown.contains("Figuur \(number) –") && !html.contains("Figuur \(number) –"), "figure \(number)")
        }
        #expect(!markdown.contains("verwachtten") && !markdown.contains("hoogste klasse"), "no sentence about classes")
        let validation = try run.text("validatie.md")
        #expect(validation.components(separatedBy: "\n").filter { $0.contains("Figuur 4, 5, 19 en 20 ontbreken") }.count == 1)
        for name in ["Nederland", "Utrecht"] {
            let book = try XLSXReader(path: run.folder + "/werkboeken/\(name).xlsx")
            #expect(!book.sheetNames.contains("Figuur 04") && !book.sheetNames.contains("Figuur 19"))
            #expect(book.sheetNames.contains("Figuur 06"))
            #expect(!book.allText.contains("Figuur 05"), "no link to a missing sheet")
        }
    }

    @Test(arguments: [["Weinig", "Veel"], ["Zeer laag", "Laag", "Hoog", "Zeer hoog"], ["K1", "K2", "K3", "K4", "K5"]])
    func anyNumberOfClassesDrawsEveryFigure(classes: [String]) throws {
        let run = try run(classes: classes)
        defer { run.remove() }
        let files = Set(run.allFiles())
        for id in Self.classFigures {
            if id.hasTable { #expect(files.contains("tabellen/\(id.fileName).csv"), "\(id.rawValue)") }
            #expect(files.contains("figuren/\(id.fileName).svg"), "\(id.rawValue)")
        }
        let shares = TableCSV.parse(try run.text("tabellen/figuur-19.csv")).rows
        #expect(Set(shares.map(\.category)) == Set(classes))
        let modelled = TableCSV.parse(try run.text("tabellen/figuur-04.csv")).rows
        #expect(modelled.allSatisfy { (1...Double(classes.count)).contains($0.value) })
        #expect(!modelled.contains { $0.category == "Kennisplatform" && $0.series == "bereik" }, "a missing class has no row")
        let quadrant = try run.text("figuren/figuur-05.svg")
        #expect(XMLDocumentSummary(Data(quadrant.utf8)).isWellFormed)
        for name in classes { #expect(quadrant.contains(">\(name)<"), "\(name)") }
        #expect(quadrant.contains("Zonder ingeschatte klasse (niet geplaatst): Kennisplatform"))
        #expect(try !run.text("validatie.md").contains("ontbreken"))
        let book = try XLSXReader(path: run.folder + "/werkboeken/Nederland.xlsx")
        let chart = try #require(book.chartXML("Figuur 05").first)
        #expect(chart.contains("<c:scatterChart>"))
        #expect(chart.contains("<c:max val=\"\(classes.count).5\"/>"), "axes run to the last class")
        // A grid of class cells as in the SVG: the axes cross at the edge, not through the middle, and every
        // class names its column and row.
        #expect(chart.components(separatedBy: "<c:crossesAt val=\"0.5\"/>").count - 1 == 2, "axes cross at the edge")
        for name in classes { #expect(chart.contains("<a:t>\(name)</a:t>"), "\(name) along the axes") }
        let sheet = book.grid("Figuur 05")
        let row = try #require(sheet.first { $0.first == .text("Kennisplatform") })
        #expect(row.count < 5 || row[4] == nil, "no position for an archetype without a reach class")
        _ = try XLSXReader(path: run.folder + "/werkboeken/Utrecht.xlsx")
    }
}
