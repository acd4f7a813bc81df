import Foundation
import Testing
@testable import RegioscanCore

/// Reach has an upper bound per activity, every sum saturates instead of wrapping or trapping, and numbers at and
/// far beyond the bound are written and drawn without a crash.
@Suite("Bovengrens van het bereik")
struct ReachBoundTests {
    static let bound = ReachParser.maximum

    // MARK: Parsing

    @Test func reachUpToTheBoundIsKnownAndAboveItTooLarge() {
        #expect(Self.bound == 10_000_000)
        #expect(ReachParser.parse("10.000.000") == .known(10_000_000, approximate: false))
        #expect(ReachParser.parse("10000000") == .known(10_000_000, approximate: false))
        #expect(ReachParser.parse("10.000.001") == .tooLarge)
        #expect(ReachParser.parse("ca. 20.000.000") == .tooLarge)
        #expect(ReachParser.parse("9000000000000000000") == .tooLarge)
        #expect(ReachParser.parse("99999999999999999999999") == .tooLarge)
    }

    @Test func otherWholeNumberSettingsKeepTheirOwnLimit() {
        #expect(ReachParser.parse("20000000", maximum: .max) == .known(20_000_000, approximate: false))
        #expect(ReachParser.parse("9223372036854775808", maximum: .max) == .tooLarge)
    }

    @Test func reachAboveTheBoundIsAnErrorWithFileLineAndColumn() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("u.csv", FixtureCSV.semicolon(extra: ["bereik"], rows: [
            FixtureCSV.row("UT-001", "A", "A1") + ["10.000.001"], FixtureCSV.row("UT-001", "A", "A2") + ["10.000.000"],
        ]))
        let result = try input.load()
        #expect(result.dataset == nil)
        #expect(result.diagnostics.texts() == [
            "u.csv:2: kolom bereik: bereik \"10.000.001\" is groter dan 10.000.000, de bovengrens voor één activiteit; "
                + "controleer het getal of laat de cel leeg als het bereik onbekend is",
        ])
    }

    // MARK: Sums

    @Test func sumsSaturateInsteadOfWrapping() {
        #expect(Int64.max.saturatingAdding(1) == .max)
        #expect(Int64.min.saturatingAdding(-1) == .min)
        #expect(Int64(5).saturatingAdding(-7) == -2)
        #expect([Int64.max, Int64.max, 3].saturatingSum() == .max)
        #expect([Int64(9_000_000_000_000_000_000), 9_000_000_000_000_000_000].saturatingSum() == .max)
        #expect([Int64(1), 2, 3].saturatingSum() == 6)
    }

    /// Reach values that the parser refuses can still reach the figures through the library: the totals hold at
    /// `Int64.max`, never turn negative, and every figure is still drawn and written.
    @Test func figuresOfHugeReachSaturateAndStillRender() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("u.csv", FixtureCSV.semicolon(extra: ["sector", "bereik"], rows: [
            FixtureCSV.row("UT-001", "A", "A1") + ["C", "1"], FixtureCSV.row("UT-001", "A", "A2") + ["C", "2"],
        ]))
        var dataset = try #require(try input.load().dataset)
        for index in dataset.activities.indices { dataset.activities[index].reach = 9_000_000_000_000_000_000 }
        let figures = FigureSet(dataset: dataset)
        #expect(figures[.keyFigures].value(province: FigureRow.national, category: "bereik_totaal")?.count == .max)
        let sector = figures[.reachPerSector].rows.filter { $0.province == FigureRow.national }
        #expect(sector.contains { $0.value.count == .max })
        #expect(sector.allSatisfy { ($0.value.count ?? 0) >= 0 })

        var diagnostics = Diagnostics()
        let templates = try #require(ReportTemplates.load(folder: ProjectPaths.templates, diagnostics: &diagnostics))
        let renderer = FigureSVGRenderer(figures: figures, texts: templates.figureTexts, taxonomy: dataset.taxonomy, notice: nil)
        let reach = renderer.svg(.reachPerArchetype)
        #expect(reach.contains("9.223.372.036.854.775.807"), "the bar's value")
        for id in FigureID.allCases { #expect(!renderer.svg(id).isEmpty) }
    }

    // MARK: Numbers and axes

    @Test func dutchNumbersAtTheBoundAndFarBeyond() {
        #expect(DutchNumber.integer(Self.bound) == "10.000.000")
        #expect(DutchNumber.decimal(Double(Self.bound), decimals: 0) == "10.000.000")
        #expect(DutchNumber.decimal(Double(Self.bound) / 3, decimals: 1) == "3.333.333,3")
        #expect(DutchNumber.decimal(1e14, decimals: 2) == "100.000.000.000.000,00")
        #expect(DutchNumber.decimal(1e19, decimals: 0) == "10.000.000.000.000.000.000")
        #expect(DutchNumber.decimal(Double(Int64.max), decimals: 0) == "9.223.372.036.854.776.000")
        #expect(DutchNumber.decimal(-1.5e20, decimals: 1) == "-150.000.000.000.000.000.000,0")
        #expect(DutchNumber.decimal(1e300, decimals: 0).count == 301 + 100)
        #expect(DutchNumber.decimal(.infinity) == "–")
        #expect(DutchNumber.decimal(.nan) == "–")
        #expect(DutchNumber.decimal(2.5, decimals: 40) == "2,500000")
        #expect(DutchNumber.percent(1e18) == "100.000.000.000.000.000.000%")
        #expect(DutchNumber.integer(Int64.min) == "-9.223.372.036.854.775.808")
        #expect(DutchNumber.approximately(Self.bound * 3 + 499) == "ca. 30.000.000")
        #expect(DutchNumber.approximately(.max) == "ca. 9.223.372.036.854.775.000")
        #expect(DutchNumber.approximately(1_234, step: 0) == "ca. 1.234")
    }

    @Test(arguments: [Double(ReachParser.maximum), Double(ReachParser.maximum) * 12, 1e14])
    func axisLabelsAtTheBound(maximum: Double) {
        let format: (Double) -> String = { DutchNumber.decimal($0, decimals: 0) }
        let length = 500.0
        let scale = AxisScale(maximum: maximum, length: length, format: format)
        let labels = scale.ticks.map(format)
        #expect(scale.maximum >= maximum)
        #expect(labels.first == "0")
        #expect(labels.last == format(scale.maximum))
        #expect(Set(labels).count == labels.count, "\(labels)")
        #expect(labels.allSatisfy { $0.allSatisfy { $0.isNumber || $0 == "." } }, "\(labels)")
        let widest = labels.map { TextMetrics.width($0, size: 11) }.max() ?? 0
        #expect(Double(labels.count - 1) * (widest + 12) <= length, "labels collide: \(labels)")
        if maximum == Double(ReachParser.maximum) { #expect(labels.contains("10.000.000")) }
    }

    @Test func axisOfNonFiniteOrHugeMaximumEnds() {
        let format: (Double) -> String = { DutchNumber.decimal($0, decimals: 0) }
        for value in [Double.infinity, .nan, -5, Double.greatestFiniteMagnitude, 1e300] {
            let scale = AxisScale(maximum: value, length: 500, format: format)
            #expect(scale.maximum.isFinite && scale.maximum > 0, "\(value)")
            #expect(!scale.ticks.isEmpty)
        }
        #expect(SVGNumber.format(1e30) == SVGNumber.format(1e15))
    }

    // MARK: The whole run

    @Test func twoActivitiesAtNineQuintillionGiveACleanErrorNamingFileLineAndColumn() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("utrecht.csv", FixtureCSV.semicolon(extra: ["bereik"], rows: [
            FixtureCSV.row("UT-001", "A", "A1") + ["9000000000000000000"],
            FixtureCSV.row("UT-001", "A", "A2") + ["9000000000000000000"],
        ]))
        let output = NSTemporaryDirectory() + "regioscan-output-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        var errors: [String] = []
        do {
            _ = try ReportPipeline.run(ReportOptions(input: input.root, output: output, year: input.year,
                                                     templates: ProjectPaths.templates))
            Issue.record("the run should refuse the input")
        } catch RegioscanError.invalidInput(let diagnostics) {
            errors = diagnostics.texts(.error)
        }
        let message = "bereik \"9000000000000000000\" is groter dan 10.000.000, de bovengrens voor één activiteit; "
            + "controleer het getal of laat de cel leeg als het bereik onbekend is"
        #expect(errors == ["utrecht.csv:2: kolom bereik: \(message)", "utrecht.csv:3: kolom bereik: \(message)"])
        #expect(!FileManager.default.fileExists(atPath: output + "/\(input.year)"))

        let cli = try CommandRunner.run(["valideer", "--invoer", input.root])
        #expect(cli.status == 1)
        #expect(cli.stderr.contains("\(input.yearFolder)/utrecht.csv:3: kolom bereik: \(message)"))
    }

    @Test func oneActivityAtTheBoundRunsAndWritesDutchNumbers() throws {
        let input = try TemporaryInput()
        try input.write("utrecht.csv", FixtureCSV.semicolon(extra: ["sector", "bereik"], rows: [
            FixtureCSV.row("UT-001", "A", "A1") + ["C", "10.000.000"],
            FixtureCSV.row("UT-001", "A", "A2", type: "Scans & assessments") + ["J", "1"],
        ]))
        let run = try ReportRun.run(input)
        defer { run.remove() }
        let keyFigures = TableCSV.parse(try run.text("tabellen/kerncijfers.csv")).rows
        #expect(keyFigures.contains { $0.province == FigureRow.national && $0.category == "bereik_totaal" && $0.value == 10_000_001 })
        for number in ["08", "21"] {
            let svg = try run.text("figuren/figuur-\(number).svg")
            let labels = SVGTexts.all(svg)
            #expect(labels.contains("10.000.000"), "figure \(number): \(labels)")
            #expect(!svg.contains("e+"), "no scientific notation in figure \(number)")
            let axis = labels.filter { $0.allSatisfy { $0.isNumber || $0 == "." } && !$0.isEmpty }
            #expect(axis.contains("0") && axis.contains { $0.hasSuffix(".000.000") }, "figure \(number): \(axis)")
        }
        #expect(try run.text("rapport.html").contains("10.000.000"))
    }
}

/// The texts of an SVG document's `<text>` elements.
enum SVGTexts {
    static func all(_ svg: String) -> [String] {
        var texts: [String] = []
        var rest = svg[...]
        while let start = rest.range(of: "<text"), let close = rest[start.upperBound...].range(of: ">"),
              let end = rest[close.upperBound...].range(of: "</text>") {
            texts.append(String(rest[close.upperBound..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        return texts
    }
}
