import Foundation
import Testing
@testable import RegioscanCore

/// The workbooks as a reader uses them: frozen headers, chart titles that say what they plot, comparison notes,
/// bases and ranks beside shares, the province's own network, and a quadrant of class cells.
@Suite("Werkboeken: presentatie", .serialized)
struct WorkbookPresentationTests {
    /// The sample input (Input/2023), whose tables run longer than a screen.
    static var run: ReportRun { ChartTruthTests.sample }
    static func book(_ name: String) throws -> XLSXReader { try XLSXReader(path: run.folder + "/werkboeken/\(name).xlsx") }

    static func csvTable(_ path: String) throws -> (header: [String], rows: [[String]]) {
        var diagnostics = Diagnostics()
        let text = try run.text(path)
        let table = try #require(CSVReader.read(DecodedText(bytes: Array(text.utf8)), file: path, diagnostics: &diagnostics))
        return (table.header.cells, table.rows.map { row in table.header.cells.indices.map { row[$0] } })
    }

    /// Key figure of a scope from kerncijfers.csv.
    static func keyFigure(_ scope: String, _ name: String) throws -> Double {
        try #require(TableCSV.parse(try run.text("tabellen/kerncijfers.csv")).rows.first { $0.province == scope && $0.category == name }).value
    }

    // MARK: Frozen headers

    /// A run of more than a screen (25) of filled rows in column A whose header is on the first screen: the
    /// sheet must freeze the rows down to that header.
    @Test(arguments: ["Nederland", "Utrecht"])
    func longTablesHaveFrozenHeaders(workbook: String) throws {
        let book = try Self.book(workbook)
        var checked = 0
        for sheet in book.sheetNames {
            let grid = SheetGrid(book, sheet)
            // The first run of filled rows in column A, starting on the first screen, that is longer than a
            // screen; its first row is the header, or a heading right above the header.
            let starts = grid.rows.indices.filter { grid.text($0, 0) != nil && ($0 == 0 || grid.text($0 - 1, 0) == nil) }
            guard let start = starts.first(where: { $0 > 0 && $0 < 12 && grid.dataRows(below: $0).count > 25 }) else { continue }
            checked += 1
            let xml = book.sheetXML(sheet)
            #expect(xml.contains("state=\"frozen\""), "\(workbook) \(sheet)")
            #expect(xml.contains("ySplit=\"\(start + 1)\"") || xml.contains("ySplit=\"\(start + 2)\""), "\(workbook) \(sheet)")
        }
        #expect(checked >= (workbook == "Nederland" ? 3 : 1))
    }

    // MARK: Chart titles

    private static func title(_ chart: String) -> String {
        guard let start = chart.range(of: "<c:title>"), let end = chart.range(of: "</c:title>") else { return "" }
        let part = String(chart[start.upperBound..<end.lowerBound])
        return part.components(separatedBy: "<a:t>").dropFirst().compactMap { $0.components(separatedBy: "</a:t>").first }.joined()
    }

    /// A clustered bar chart over shares (a percent axis) is titled as a share; over counts, not.
    @Test(arguments: ["Nederland", "Utrecht"])
    func chartTitlesSayWhatTheyPlot(workbook: String) throws {
        let book = try Self.book(workbook)
        var shareCharts = 0
        for sheet in book.sheetNames {
            for chart in book.chartXML(sheet) where chart.contains("<c:barChart>") && chart.contains("val=\"clustered\"") {
                let title = Self.title(chart)
                #expect(!title.isEmpty, "\(workbook) \(sheet)")
                if chart.contains("formatCode=\"0%\"") {
                    shareCharts += 1
                    #expect(title.hasPrefix("Aandeel"), "\(workbook) \(sheet): \(title)")
                } else {
                    #expect(!title.hasPrefix("Aandeel"), "\(workbook) \(sheet): \(title)")
                    #expect(!title.contains("aandeel"), "\(workbook) \(sheet): \(title)")
                }
            }
        }
        #expect(workbook == "Nederland" ? shareCharts == 0 : shareCharts >= 8)
    }

    @Test func panelChartsOfFigure14NameWhatTheyCount() throws {
        let titles = try Self.book("Nederland").chartXML("Figuur 14").map(Self.title)
        #expect(titles == ["Aantal activiteiten per digitale technologie", "Aantal activiteiten per toepassing",
                           "Aantal activiteiten per doel"])
    }

    // MARK: Comparison notes

    @Test func comparisonNoteOnlyWhereASheetCompares() throws {
        let book = try Self.book("Utrecht")
        func hasNote(_ sheet: String) -> Bool {
            book.cells(sheet).values.contains { if case .text(let text) = $0 { text.contains("kolom Nederland") || text.contains("rij Nederland") } else { false } }
        }
        for sheet in ["Figuur 04", "Figuur 05", "Figuur 17", "Figuur 22"] { #expect(!hasNote(sheet), "\(sheet)") }
        for sheet in ["Figuur 06", "Figuur 07", "Figuur 14", "Figuur 16", "Figuur 21"] { #expect(hasNote(sheet), "\(sheet)") }
        #expect(!book.cells("Figuur 06").values.contains { if case .text(let text) = $0 { text.contains("kolom Nederland") && text.contains("Rij") } else { false } })
    }

    // MARK: Bases and ranks

    /// Figure 06 in a province workbook: each share's header names its base, and the rank column is the
    /// province's place among the 12 by share, recomputed from the CSV table and the key figures.
    @Test func sharesShowTheirBaseAndTheProvinceRank() throws {
        let grid = SheetGrid(try Self.book("Utrecht"), "Figuur 06")
        let activities = Int(try Self.keyFigure("Utrecht", "activiteiten"))
        let national = Int(try Self.keyFigure("Nederland", "activiteiten"))
        let rankHeader = "Plaats onder de 12 provincies"
        let header = try #require(grid.headerRows(containing: ["Utrecht (aandeel, n = \(activities))",
                                                               "Nederland (aandeel, n = \(national))", rankHeader]).first)
        let rows = TableCSV.parse(try Self.run.text("tabellen/figuur-06.csv")).rows
        var perProvince: [String: Double] = [:]
        for province in WorkbookTests.provinces { perProvince[province] = try Self.keyFigure(province, "activiteiten") }
        for category in Set(rows.map(\.category)) {
            let share: (String) -> Double = { province in
                let value = rows.first { $0.province == province && $0.category == category }?.value ?? 0
                return perProvince[province]! == 0 ? 0 : value / perProvince[province]!
            }
            let expected = WorkbookTests.provinces.filter { share($0) > share("Utrecht") }.count + 1
            let line = try #require(grid.row(labelled: category, below: header.row))
            #expect(grid.number(line, header.columns[rankHeader]!) == Double(expected), "\(category)")
        }
    }

    @Test func stackedSharesShowTheBaseOfEachRow() throws {
        let grid = SheetGrid(try Self.book("Utrecht"), "Figuur 07")
        let header = try #require(grid.headerRows(containing: ["Basis (n)"]).first)
        for scope in ["Utrecht", "Nederland"] {
            let line = try #require(grid.row(labelled: scope, below: header.row))
            #expect(grid.number(line, header.columns["Basis (n)"]!) == (try Self.keyFigure(scope, "activiteiten")))
        }
        #expect(!grid.headerRows(containing: ["Plaats onder de 12 provincies"]).isEmpty)
    }

    /// Figure 16 in a province workbook compares shares of initiatives, and its chart plots those shares.
    @Test func providersCompareSharesOfInitiatives() throws {
        let book = try Self.book("Utrecht")
        let grid = SheetGrid(book, "Figuur 16")
        let initiatives = try Self.keyFigure("Utrecht", "initiatieven")
        let shareHeader = "Utrecht (aandeel van de initiatieven, n = \(Int(initiatives)))"
        let header = try #require(grid.headerRows(containing: ["Initiatieven", shareHeader]).first)
        let rows = grid.dataRows(below: header.row)
        #expect(!rows.isEmpty)
        for line in rows {
            let count = try #require(grid.number(line, header.columns["Initiatieven"]!))
            #expect(abs(grid.number(line, header.columns[shareHeader]!)! - count / initiatives) < 1e-12)
        }
        let chart = try #require(book.charts("Figuur 16").first)
        let column = XLSXRange.columnName(header.columns[shareHeader]!)
        #expect(chart.valueRanges.first?.contains("$\(column)$") == true)
    }

    // MARK: The province's own network

    /// Figure 17 in a province workbook: exactly the providers of the province's activities, with their links
    /// through the province's initiatives, national actors marked; recomputed from data/activiteiten.csv.
    /// The province report and the province workbook show one network (figure 17's `provinceNetworks`): the
    /// report's node table is the top of the workbook's, and the report's counts of providers and connections are
    /// the workbook's rows, for every province.
    @Test func provinceReportAndWorkbookShowOneNetwork() throws {
        var compared = 0
        for province in ProvinceReportTests.provinces {
            let markdown = try Self.run.text("provincies/\(province).md")
            let lines = markdown.components(separatedBy: "\n")
            let header = try #require(lines.firstIndex(of: "| Aanbieder | Verbindingen | Initiatieven | Landelijke partij |"), "\(province)")
            let reported = lines[(header + 2)...].prefix { $0.hasPrefix("|") }.map { ProvinceReportTests.cells($0).map(ProvinceReportTests.unescaped) }
            let grid = SheetGrid(try Self.book(province), "Figuur 17")
            let nodes = try #require(grid.headerRows(containing: ["Aanbieder", "Landelijke partij"]).first)
            let listed = grid.dataRows(below: nodes.row).map { line in
                [grid.text(line, 0) ?? "", DutchNumber.integer(Int(grid.number(line, 1) ?? -1)),
                 DutchNumber.integer(Int(grid.number(line, 2) ?? -1)), grid.text(line, 3) ?? ""]
            }
            #expect(!reported.isEmpty && reported == Array(listed.prefix(reported.count)), "\(province)")
            let edges = try #require(grid.headerRows(containing: ["Aanbieder A", "Aanbieder B"]).first)
            let counts = "\(DutchNumber.integer(listed.count)) aanbieders met \(DutchNumber.integer(grid.dataRows(below: edges.row).count)) verbindingen"
            #expect(markdown.contains(counts), "\(province): \(counts)")
            compared += 1
        }
        #expect(compared == ProvinceReportTests.provinces.count)
    }

    @Test func provinceNetworkIsTheProvincesOwn() throws {
        let data = try Self.csvTable("data/activiteiten.csv")
        let column = { (name: String) in data.header.firstIndex(of: name)! }
        var providersOf: [String: Set<String>] = [:]
        for row in data.rows where row[column("provincie")] == "Utrecht" {
            let names = ["initiatiefnemer", "financier", "uitvoerder"].flatMap {
                row[column($0)].components(separatedBy: "; ").filter { !$0.isEmpty }
            }
            providersOf[row[column("initiatief_id")], default: []].formUnion(names)
        }
        var links: [String: Int] = [:]
        for providers in providersOf.values {
            let sorted = providers.sorted()
            for (index, a) in sorted.enumerated() { for b in sorted[(index + 1)...] { links[[a, b].joined(separator: "|"), default: 0] += 1 } }
        }
        let grid = SheetGrid(try Self.book("Utrecht"), "Figuur 17")
        let nodes = try #require(grid.headerRows(containing: ["Aanbieder", "Landelijke partij"]).first)
        let listed = grid.dataRows(below: nodes.row)
        #expect(Set(listed.compactMap { grid.text($0, 0) }) == Set(providersOf.values.joined()))
        let national = Set(["Ministerie van Economische Zaken en Klimaat", "RVO", "KvK", "MKB-Nederland"])
        for line in listed {
            let name = grid.text(line, 0)!
            let neighbours = Set(links.keys.filter { $0.split(separator: "|").map(String.init).contains(name) })
            #expect(grid.number(line, nodes.columns["Verbindingen"]!) == Double(neighbours.count), "\(name)")
            if national.contains(name) { #expect(grid.text(line, nodes.columns["Landelijke partij"]!) == "ja", "\(name)") }
        }
        #expect(listed.contains { grid.text($0, nodes.columns["Landelijke partij"]!) == "ja" })
        let edges = try #require(grid.headerRows(containing: ["Aanbieder A", "Aanbieder B", "Gedeelde initiatieven"]).first)
        var found: [String: Int] = [:]
        for line in grid.dataRows(below: edges.row) {
            found[[grid.text(line, 0)!, grid.text(line, 1)!].sorted().joined(separator: "|")] = Int(grid.number(line, 2)!)
        }
        #expect(found == links)
    }

    // MARK: Overview and quadrant

    @Test func contentsHeadingAppearsOnce() throws {
        let cells = try Self.book("Nederland").cells("Overzicht").values
        #expect(cells.filter { $0 == .text("Inhoud") }.count == 1)
    }

    /// The Excel quadrant is a grid of class cells like the SVG: gridlines at the cell borders, axes crossing at
    /// the edge (no cross-hair), the class names along the axes, and every placed archetype inside its own cell.
    @Test func quadrantIsAGridOfClassCells() throws {
        let book = try Self.book("Nederland")
        let chart = try #require(book.chartXML("Figuur 05").first)
        #expect(chart.components(separatedBy: "<c:majorGridlines").count - 1 == 2)
        #expect(chart.components(separatedBy: "<c:crossesAt val=\"0.5\"/>").count - 1 == 2)
        for name in ["Laag", "Middel", "Hoog"] { #expect(chart.contains("<a:t>\(name)</a:t>")) }
        let grid = SheetGrid(book, "Figuur 05")
        let header = try #require(grid.headerRows(containing: ["x in grafiek", "y in grafiek"]).first)
        var placed = 0
        for line in grid.dataRows(below: header.row) {
            guard let effort = grid.number(line, 1), let reach = grid.number(line, 2),
                  let x = grid.number(line, header.columns["x in grafiek"]!),
                  let y = grid.number(line, header.columns["y in grafiek"]!) else { continue }
            placed += 1
            #expect(abs(x - effort) < 0.5 && abs(y - reach) < 0.5, "\(grid.text(line, 0)!)")
        }
        #expect(placed > 0)
    }
}
