import Foundation
import Testing
@testable import RegioscanCore

@Suite("Grafieken die in één oogopslag kloppen", .serialized)
struct ChartTruthTests {
    static let sample: ReportRun = try! ReportRun.sample()

    static var figures: FigureSet {
        let result = try! Self.sample.input.load()
        return FigureSet(dataset: result.dataset!)
    }

    @Test func figure15ShowsEveryGroupAsItsTotal() throws {
        let figure = Self.figures[.activitiesPerBottleneck]
        let layout = SVGLayout(try Self.sample.text("figuren/figuur-15.svg"))
        let labels = layout.texts.map(\.label)
        for group in figure.groups where !figure.groupTotals.isEmpty {
            guard let total = figure.groupTotals[group.label] else { continue }
            // The group's label, followed by its total, and a bar as long as the total.
            let index = try #require(labels.firstIndex(of: group.label), "\(group.label)")
            #expect(labels.contains(DutchNumber.integer(total)), "\(group.label) \(total)")
            _ = index
        }
        // The largest group draws the longest group bar: no group looks smaller than one with fewer activities.
        let bars = SVGLayout.elements(try Self.sample.text("figuren/figuur-15.svg"), named: "rect")
            .filter { $0.title.contains(":") }
        func width(_ label: String) -> Double? {
            bars.first { $0.title.hasPrefix(label + ":") }?.number("width")
        }
        let totals = figure.groupTotals.sorted { $0.value < $1.value }
        for (smaller, larger) in zip(totals, totals.dropFirst()) where smaller.value < larger.value {
            #expect(try #require(width(smaller.key)) < (try #require(width(larger.key))), "\(smaller.key) vs \(larger.key)")
        }
    }

    @Test func figure14CaptionSaysHowManyCategoriesTheChartLeavesOut() throws {
        let figure = Self.figures[.technologyApplicationGoal]
        let left = figure.series.map { max(figure.rows(province: FigureRow.national, series: $0).count - FigureSVGRenderer.panelLimit, 0) }
            .reduce(0, +)
        try #require(left > 0)
        for file in ["rapport.md", "rapport.html"] {
            let text = try Self.sample.text(file)
            #expect(text.contains("de \(FigureSVGRenderer.panelLimit) meest genoemde; \(DutchNumber.integer(left)) andere"), "\(file)")
        }
    }

    @Test func quadrantPutsEveryArchetypeInsideItsCellClearOfLinesAndOtherLabels() throws {
        let svg = try Self.sample.text("figuren/figuur-05.svg")
        let layout = SVGLayout(svg)
        #expect(layout.lines.isEmpty, "no cross-hair through the labels")
        #expect(layout.overlappingTexts().isEmpty, "\(layout.overlappingTexts())")
        let cells = layout.rects.filter { $0.width < 700 && $0.height < 700 && $0.width > 100 }
        let taxonomy = try ProjectPaths.shippedTaxonomy()
        let classes = taxonomy.archetypes.classNames.count
        #expect(cells.count == classes * classes)
        for category in taxonomy.archetypes.categories {
            let label = try #require(layout.texts.first { $0.label == category.label }, "\(category.label)")
            let cell = try #require(cells.first { $0.contains(label) }, "\(category.label) outside every cell")
            // The cell's column and row are the archetype's classes.
            let column = Int(((cell.x - cells.map(\.x).min()!) / cell.width).rounded()) + 1
            #expect(column == category.classes["inspanning"], "\(category.label)")
            let rows = Set(cells.map { Int($0.y) }).sorted(by: >)
            #expect(rows.firstIndex(of: Int(cell.y)).map { $0 + 1 } == category.classes["bereik"], "\(category.label)")
        }
    }

    @Test func networkNumbersSitAloneInTheirNodesAndNationalActorsAreLandelijk() throws {
        let svg = try Self.sample.text("figuren/figuur-17.svg")
        let layout = SVGLayout(svg)
        #expect(layout.overlappingTexts().isEmpty, "\(layout.overlappingTexts())")
        let numbers = layout.texts.filter { Int($0.label) != nil }
        #expect(numbers.count == NetworkChartRenderer.numberedNodes)
        for number in numbers {
            let own = layout.circles.filter { $0.contains(SVGLayout.Box(x: number.x + number.width / 2, y: number.y + number.height / 2, width: 0, height: 0)) }
            #expect(own.count == 1, "number \(number.label) lies on \(own.count) nodes")
            let node = try #require(own.first)
            #expect(node.width >= number.width, "number \(number.label) wider than its node")
        }
        // National actors are coloured as Landelijk, not as a province.
        #expect(svg.contains("Kamer van Koophandel: ") && svg.contains("verbindingen, landelijk"))
        #expect(!svg.contains("Ministerie van Economische Zaken en Klimaat: ") || !svg.contains("Ministerie van Economische Zaken en Klimaat: 85 verbindingen, meest actief"))
        #expect(layout.texts.contains { $0.label == "Landelijk" })
        // Every numbered provider is named in the key.
        for index in 1...NetworkChartRenderer.numberedNodes {
            #expect(layout.texts.contains { $0.label.hasPrefix("\(index). ") }, "\(index)")
        }
    }

    @Test func edgeListMatchesTheNetwork() throws {
        let network = try #require(Self.figures[.providerNetwork].network)
        let lines = try Self.sample.text("tabellen/figuur-17-verbindingen.csv").split(separator: "\n").map(String.init)
        #expect(lines.first == "aanbieder_a,aanbieder_b,initiatieven")
        #expect(lines.count - 1 == network.edges.count)
        var expected: [String: Int] = [:]
        for edge in network.edges {
            let names = [network.nodes[edge.from].name, network.nodes[edge.to].name].sorted()
            expected[names.joined(separator: "|")] = edge.weight
        }
        for row in lines.dropFirst().map(Self.fields) {
            #expect(expected[row[0] + "|" + row[1]] == Int(row[2]), "\(row)")
        }
        // The contract tables stay as they are: the edge list is an addition.
        #expect(try Self.sample.text("tabellen/figuur-17.csv").hasPrefix("provincie,reeks,categorie,waarde\n"))
    }

    @Test func stackedPaletteSeparatesNeighboursInGreyscaleAndHasNoNearDuplicates() {
        let colours = ChartPalette.categorical
        #expect(Set(colours).count == colours.count)
        for (a, b) in zip(colours, colours.dropFirst()) {
            #expect(abs(ChartPalette.luminance(a) - ChartPalette.luminance(b)) > 0.15, "\(a) \(b)")
        }
        for (index, a) in colours.enumerated() {
            for b in colours[(index + 1)...] { #expect(Self.distance(a, b) > 50, "\(a) ≈ \(b)") }
        }
    }

    @Test func zeroCategoriesShareOneLineAndUnspecifiedHasOneWording() throws {
        let figure = Self.figures[.reachPerSector]
        let zero = figure.categories.filter { figure.value(category: $0)?.double == 0 }
        try #require(zero.count > 1)
        let texts = SVGLayout(try Self.sample.text("figuren/figuur-08.svg")).texts.map(\.label)
        for category in zero { #expect(!texts.contains(category), "\(category) has a line of its own") }
        #expect(texts.contains { $0.hasPrefix("Overige (") })
        // The CSV keeps them.
        let csv = try Self.sample.text("tabellen/figuur-08.csv")
        for category in zero { #expect(csv.contains(category)) }
        for id in ["08", "09", "10", "11", "12", "13"] {
            let svg = try Self.sample.text("figuren/figuur-\(id).svg")
            for wording in ["Niet sector-specifiek", "Ongespecificeerd", "Niet specifiek"] {
                #expect(!SVGLayout(svg).texts.contains { $0.label == wording }, "figure \(id): \(wording)")
            }
        }
    }

    /// The cells of one CSV line (quoted cells may hold commas).
    static func fields(_ line: String) -> [String] {
        var cells: [String] = [], current = "", quoted = false
        for character in line {
            if character == "\"" { quoted.toggle() } else if character == ",", !quoted { cells.append(current); current = "" } else { current.append(character) }
        }
        return cells + [current]
    }

    static func distance(_ a: String, _ b: String) -> Double {
        func rgb(_ c: String) -> [Double] {
            let v = Int(c.dropFirst(), radix: 16)!
            return [Double((v >> 16) & 0xFF), Double((v >> 8) & 0xFF), Double(v & 0xFF)]
        }
        return zip(rgb(a), rgb(b)).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
    }
}
