import Foundation
import Testing
@testable import RegioscanCore

/// The province reports on the shipped sample: their numbers against the province rows of `tabellen/*.csv`,
/// their rules, and what they must never show.
@Suite("Provinciale rapporten", .serialized)
struct ProvinceReportTests {
    static let run: ReportRun = try! ReportRun.sample()

    static let provinces = ["Groningen", "Friesland", "Drenthe", "Overijssel", "Flevoland", "Gelderland", "Utrecht",
                            "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg"]

    /// A Markdown table cell as the reader sees it.
    static func unescaped(_ cell: String) -> String {
        var result = ""
        var escaping = false
        for character in cell.trimmingCharacters(in: .whitespaces) {
            if character == "\\", !escaping {
                escaping = true
                continue
            }
            escaping = false
            result.append(character)
        }
        return result
    }

    /// Every figure table of a province report: figure number → header and rows (cells unescaped).
    static func figureTables(_ markdown: String) -> [String: (header: [String], rows: [[String]])] {
        let lines = markdown.components(separatedBy: "\n")
        var tables: [String: (header: [String], rows: [[String]])] = [:]
        for (index, line) in lines.enumerated() where line.hasPrefix("*Figuur ") {
            let number = line.dropFirst("*Figuur ".count).prefix { $0.isNumber }
            guard index + 2 < lines.count, lines[index + 2].hasPrefix("|") else { continue }
            var rows: [[String]] = []
            var row = index + 4
            while row < lines.count, lines[row].hasPrefix("|") {
                rows.append(cells(lines[row]))
                row += 1
            }
            tables[number.count == 1 ? "0" + number : String(number)] = (cells(lines[index + 2]), rows)
        }
        return tables
    }

    static func cells(_ line: String) -> [String] {
        // Split on `|` not preceded by a backslash.
        var cells: [String] = []
        var current = ""
        var previous: Character = " "
        for character in line.dropFirst().dropLast() {
            if character == "|", previous != "\\" {
                cells.append(unescaped(current))
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        cells.append(unescaped(current))
        return cells
    }

    /// Byte search: fast enough for a few hundred values in a few megabytes.
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == first, Array(haystack[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }

    func csv(_ name: String) throws -> [TableCSV.Row] {
        TableCSV.parse(try Self.run.text("tabellen/\(name).csv")).rows
    }

    @Test func everyProvinceWithActivitiesHasAReportAndTheIndexLinksThem() throws {
        let files = Self.run.allFiles()
        let index = try Self.run.text("provincies/index.html")
        for province in Self.provinces {
            #expect(files.contains("provincies/\(province).md"))
            #expect(files.contains("provincies/\(province).html"))
            #expect(files.contains("provincies/figuren/\(province.lowercased())-figuur-06.svg"))
            #expect(files.contains("provincies/figuren/\(province.lowercased())-figuur-17.svg"))
            #expect(index.contains("href=\"\(province).html\""))
        }
    }

    /// Every count, reach sum and share in every province report's figure tables equals the province's rows of the
    /// contract tables (shares recomputed from them); the key-figure table equals `kerncijfers.csv`.
    @Test func numbersEqualTheProvinceRowsOfTheTables() throws {
        let keyRows = try csv("kerncijfers")
        func key(_ province: String, _ name: String) -> Double {
            keyRows.first { $0.province == province && $0.category == name }!.value
        }
        let seriesLabels = ["Digitale technologie": "technologie", "Toepassing": "toepassing", "Doel": "doel"]
        let reachFigures: Set<String> = ["08", "09", "10", "11", "21"]
        let shareFigures: Set<String> = ["07", "12", "19", "20"]
        var checked = 0
        for province in Self.provinces {
            let markdown = try Self.run.text("provincies/\(province).md")
            let tables = Self.figureTables(markdown)
            #expect(tables.count >= 14, "\(province): \(tables.keys.sorted())")
            for (number, table) in tables {
                let rows = try csv("figuur-\(number)").filter { $0.province == province }
                let hasSeries = table.header.first == "Reeks"
                let categoryColumn = hasSeries ? 1 : 0
                let valueColumn = shareFigures.contains(number) ? nil : categoryColumn + 1
                let shareColumn = (valueColumn ?? categoryColumn) + 1
                let base = reachFigures.contains(number) ? key(province, "bereik_totaal") : key(province, "activiteiten")
                for cells in table.rows {
                    let series = hasSeries ? seriesLabels[cells[0]]! : (number == "21" ? "bereik" : "")
                    let row = rows.first { $0.series == series && $0.category == cells[categoryColumn] }
                    #expect(row != nil, "\(province) figuur \(number): \(cells)")
                    guard let row else { continue }
                    if let valueColumn {
                        #expect(cells[valueColumn] == DutchNumber.integer(Int64(row.value)), "\(province) \(number) \(cells)")
                        #expect(cells[shareColumn] == DutchNumber.percent(base == 0 ? 0 : row.value / base),
                                "\(province) \(number) \(cells)")
                    } else {
                        #expect(cells[shareColumn] == DutchNumber.percent(row.value), "\(province) \(number) \(cells)")
                    }
                    checked += 1
                }
            }
            let keyTable = markdown.components(separatedBy: "\n").filter { $0.hasPrefix("| Activiteiten |") || $0.hasPrefix("| Initiatieven |") }
            #expect(keyTable.count == 2)
            for line in keyTable {
                let cells = Self.cells(line)
                let name = cells[0] == "Activiteiten" ? "activiteiten" : "initiatieven"
                #expect(cells[1] == DutchNumber.integer(Int64(key(province, name))))
                #expect(cells[2] == DutchNumber.integer(Int64(key("Nederland", name))))
            }
        }
        #expect(checked > 1000)
    }

    /// Figure 16 for the province equals its rows in `figuur-16.csv` at the provincial threshold.
    @Test func providerTableEqualsTheProvinceRowsOfFigure16() throws {
        let rows = try csv("figuur-16")
        for province in Self.provinces {
            let markdown = try Self.run.text("provincies/\(province).md")
            let lines = markdown.components(separatedBy: "\n")
            guard let start = lines.firstIndex(where: { $0.hasPrefix("**Figuur 16") }) else {
                #expect(rows.filter { $0.province == province }.isEmpty, "\(province)")
                continue
            }
            let table = lines[(start + 4)...].prefix { $0.hasPrefix("|") }.map(Self.cells)
            let own = rows.filter { $0.province == province && $0.series == "totaal" }
            #expect(table.count == own.count, "\(province)")
            for cells in table {
                #expect(own.first { $0.category == cells[0] }.map { DutchNumber.integer(Int64($0.value)) } == cells[1])
            }
        }
    }

    /// Zeeland has 23 activities: below the base of the rule, it gets no "relatively stronger" sentence at all.
    @Test func aSmallProvinceGetsNoDifferenceSentences() throws {
        let zeeland = try Self.run.text("provincies/Zeeland.md")
        #expect(!zeeland.contains("Relatief sterker"))
        #expect(!zeeland.contains("Relatief zwakker"))
        #expect(zeeland.contains("te klein om verschillen"))
        #expect(!zeeland.contains("| sterker |") && !zeeland.contains("| zwakker |"))
        let large = try Self.run.text("provincies/Zuid-Holland.md")
        #expect(large.contains("ten minste \(DutchNumber.integer(ProvinceRules.minimumBase)) activiteiten"))
    }

    @Test func noPersonalDataInProvinceReports() throws {
        let loaded = try DatasetLoader.load(input: Self.run.input.root, year: 2023)
        let personal = Set(loaded.dataset!.personal.values.flatMap { $0.map(\.value) })
        #expect(!personal.isEmpty)
        // The Markdown holds every text and table of the HTML pages and SVGs (which the e-mail check covers too).
        let files = Self.run.allFiles().filter { $0.hasPrefix("provincies/") }
        let all = try files.map { try Self.run.text($0) }.joined(separator: "\n")
        #expect(all.range(of: "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}", options: .regularExpression) == nil)
        let text = try files.filter { $0.hasSuffix(".md") }.map { try Self.run.text($0) }.joined(separator: "\n")
        let bytes = Array(text.utf8)
        for value in personal where value.count > 3 {
            #expect(Self.find(Array(value.utf8), in: bytes) == nil, "\(value) in a province report")
        }
    }

    /// A province report lists the warnings its province workbook lists (one assignment, `ProvinceWarnings`),
    /// with personal data masked; the sample has province warnings on rows, on headers and on whole files.
    @Test func reportAndWorkbookListTheSameWarningsPerProvince() throws {
        let dataset = try DatasetLoader.load(input: Self.run.input.root, year: 2023).dataset!
        let perProvince = ProvinceWarnings(dataset: dataset)
        let profiles = ProvinceProfileBuilder.make(dataset: dataset, figures: FigureSet(dataset: dataset), warnings: perProvince)
        let workbooks = WorkbookWarnings(dataset: dataset, perProvince: perProvince)
        let mask = PersonalDataMask(dataset: dataset)
        #expect(profiles.count == Self.provinces.count)
        var listed = 0
        for profile in profiles {
            let workbook = workbooks.warnings(for: .province(profile.province))
            #expect(profile.quality.warnings == workbook.map(mask.masked), "\(profile.province)")
            listed += workbook.count
        }
        #expect(listed >= dataset.warnings.count && listed > 0)
    }

    @Test func warningsOfAProvinceReportHaveNoPersonalData() {
        let personal = ["Jan de Vries", "Jan"].sorted { $0.count > $1.count }
        let message = "kolom contact: \"Jan de Vries <jan.devries@example.nl>\" en Jan"
        #expect(PersonalDataMask.masked(message, personal: personal)
            == "kolom contact: \"[persoonsgegeven] <[persoonsgegeven]>\" en [persoonsgegeven]")
    }

    @Test func reachPerThousandSMEsComesFromTheSettingsOnly() throws {
        let zeeland = try Self.run.text("provincies/Zeeland.md")
        let reach = TableCSV.parse(try Self.run.text("tabellen/kerncijfers.csv")).rows
            .first { $0.province == "Zeeland" && $0.category == "bereik_totaal" }!.value
        #expect(zeeland.contains("| Bereik per 1.000 mkb-bedrijven | \(DutchNumber.decimal(reach * 1000 / 9500)) |"))

        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("u.csv", FixtureCSV.semicolon(rows: [FixtureCSV.row()]))
        let run = try ReportRun.run(input)
        defer { try? FileManager.default.removeItem(atPath: run.output) }
        let utrecht = try run.text("provincies/Utrecht.md")
        #expect(!utrecht.contains("| Bereik per 1.000 mkb-bedrijven"))
        #expect(utrecht.contains("geen aantal mkb-bedrijven"))
    }

    @Test func unknownProvinceInSettingsIsAnErrorAndNothingIsWritten() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("u.csv", FixtureCSV.semicolon(rows: [FixtureCSV.row()]))
        try input.write("instellingen.yaml", "mkb_per_provincie:\n  Utrecht: 1000\n  Utreg: 5\n  Zeeland: 0\n")
        let loaded = try input.load()
        #expect(loaded.dataset == nil)
        let errors = loaded.diagnostics.texts(.error)
        #expect(errors.contains { $0.contains("\"Utreg\" is geen provincie") })
        #expect(errors.contains { $0.contains("mkb_per_provincie.Zeeland") })
        let output = NSTemporaryDirectory() + "regioscan-output-" + UUID().uuidString
        #expect(throws: RegioscanError.self) {
            try ReportPipeline.run(ReportOptions(input: input.root, output: output, templates: ProjectPaths.templates))
        }
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func aliasesAndCodesNameProvincesInTheSettings() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("u.csv", FixtureCSV.semicolon(rows: [FixtureCSV.row()]))
        try input.write("instellingen.yaml", "mkb_per_provincie:\n  NL-UT: 1000\n  Fryslân: 20\n")
        let settings = try input.load().dataset!.settings
        #expect(settings.smePerProvince == ["Utrecht": 1000, "Friesland": 20])
    }

    /// Two provinces with the same number of activities share their place; the next place skips one.
    @Test func tiedProvincesShareTheirRank() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("u.csv", FixtureCSV.semicolon(rows: [
            FixtureCSV.row("A-1", "Een", "a"), FixtureCSV.row("B-1", "Twee", "b", province: "Zeeland"),
            FixtureCSV.row("C-1", "Drie", "c", province: "Limburg"), FixtureCSV.row("C-1", "Drie", "d", province: "Limburg"),
        ]))
        let run = try ReportRun.run(input)
        defer { try? FileManager.default.removeItem(atPath: run.output) }
        #expect(try run.text("provincies/Limburg.md").contains("| Activiteiten | 2 | 4 | 1e van 12 |"))
        #expect(try run.text("provincies/Utrecht.md").contains("| Activiteiten | 1 | 4 | gedeeld 2e van 12 |"))
        #expect(try run.text("provincies/Zeeland.md").contains("| Activiteiten | 1 | 4 | gedeeld 2e van 12 |"))
        #expect(!run.allFiles().contains("provincies/Groningen.md"))
    }

    @Test func notableNeedsBothTheDifferenceAndTheBase() {
        #expect(ProvinceRules.isNotable(difference: 0.10, base: ProvinceRules.minimumBase))
        #expect(ProvinceRules.isNotable(difference: -0.10, base: ProvinceRules.minimumBase))
        #expect(!ProvinceRules.isNotable(difference: 0.099, base: ProvinceRules.minimumBase))
        #expect(!ProvinceRules.isNotable(difference: 0.5, base: ProvinceRules.minimumBase - 1))
    }

    /// Every listed gap satisfies the stated rule, recomputed from the activities; every unlisted combination does not.
    @Test func gapsFollowTheStatedRule() throws {
        let dataset = try DatasetLoader.load(input: Self.run.input.root, year: 2023).dataset!
        let figures = FigureSet(dataset: dataset)
        let profiles = ProvinceProfileBuilder.make(dataset: dataset, figures: figures, warnings: ProvinceWarnings(dataset: dataset))
        let labels = BottleneckBuilder.figureLabels(dataset.taxonomy[.bottleneck])
        func count(_ activities: [Activity], _ dimension: DimensionID, _ bottleneck: String, _ target: String) -> Int {
            activities.filter { activity in
                activity.bottlenecks.contains { labels.labels[labels.labelIndex[$0]] == bottleneck }
                    && activity.categories(dimension).contains { dataset.label(dimension, $0) == target }
            }.count
        }
        var found = 0
        for profile in profiles {
            let own = dataset.activities.filter { dataset.provinceName($0.province) == profile.province }
            for dimension in [DimensionID.size, .sector] {
                for bottleneck in labels.labels {
                    for target in dataset.taxonomy[dimension].labels {
                        let national = Double(count(dataset.activities, dimension, bottleneck, target))
                        let share = national / Double(dataset.activities.count)
                        let expected = share * Double(own.count)
                        let have = Double(count(own, dimension, bottleneck, target))
                        let isGap = share >= ProvinceRules.commonShare && expected >= ProvinceRules.minimumExpected
                            && have < ProvinceRules.rareFraction * expected
                        let listed = profile.gaps.contains { $0.dimension == dimension && $0.bottleneck == bottleneck && $0.target == target }
                        #expect(isGap == listed, "\(profile.province): \(bottleneck) × \(target)")
                        if listed { found += 1 }
                    }
                }
            }
            for match in profile.matchingPractices {
                #expect(match.practice.province != profile.province)
                #expect(!match.gaps.isEmpty && match.gaps.allSatisfy(profile.gaps.contains))
            }
        }
        #expect(found > 0)
    }

    @Test func nationalActorsAreMarkedInTheProvinceNetwork() throws {
        let zeeland = try Self.run.text("provincies/Zeeland.md")
        #expect(zeeland.contains("| Kamer van Koophandel | 3 | 1 | ja |"))
        #expect(zeeland.contains("| Provincie Zeeland | 9 | 9 |  |"))
    }

    @Test func nationalActorsAreTheProvidersMarkedLandelijk() throws {
        var diagnostics = Diagnostics()
        let taxonomy = try #require(TaxonomyLoader.load(folder: ProjectPaths.input + "/taxonomie", diagnostics: &diagnostics))
        let list = NationalActorList(providers: taxonomy.openVocabularies[.provider])
        #expect(list.contains("Kamer van Koophandel") && list.contains("Rijksdienst voor Ondernemend Nederland"))
        #expect(!list.contains("Provincie Zeeland"))
        #expect(list.names == Set(taxonomy.openVocabularies[.provider]?.national ?? []))
        #expect(NationalActorList(providers: nil).names.isEmpty)
    }

    @Test func estimatesAreCountedAsExactValues() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("u.csv", FixtureCSV.semicolon(extra: ["bereik"], rows: [
            FixtureCSV.row("A-1", "Een", "a") + ["ca. 600"], FixtureCSV.row("A-1", "Een", "b") + ["40"],
            FixtureCSV.row("A-1", "Een", "c") + [""],
        ]))
        let run = try ReportRun.run(input)
        defer { try? FileManager.default.removeItem(atPath: run.output) }
        let utrecht = try run.text("provincies/Utrecht.md")
        #expect(utrecht.contains("Van de 3 activiteiten van Utrecht is bij 1 (33%) het bereik onbekend"))
        #expect(utrecht.contains("Bij 1 activiteit is het bereik een schatting"))
        #expect(utrecht.contains("samen 600 van het bereik"))
        #expect(utrecht.contains("is een schatting en telt als 600"))
    }

    /// A count of one takes the singular, and so does its verb: the word pairs of provincie.yaml.
    @Test func oneTakesTheSingular() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("u.csv", FixtureCSV.semicolon(extra: ["bereik"], rows: [FixtureCSV.row("A-1", "Een", "a") + ["ca. 600"]]))
        let run = try ReportRun.run(input)
        defer { try? FileManager.default.removeItem(atPath: run.output) }
        let utrecht = try run.text("provincies/Utrecht.md")
        for sentence in ["Utrecht telt 1 initiatief met samen 1 activiteit (landelijk 1;",
                         "Met 1 activiteit is Utrecht te klein",
                         "Van de 1 activiteit van Utrecht is bij 0 (0%) het bereik onbekend; zij tellen",
                         "Bij 1 activiteit is het bereik een schatting",
                         "De aanlevering gaf 1 waarschuwing. Die hield de verwerking niet tegen, maar verdient een blik."] {
            #expect(utrecht.contains(sentence), "\(sentence)")
        }
    }

    /// No province report of the sample puts a plural noun after the number 1, and the sample has singulars.
    @Test func noPluralAfterOneInTheSample() throws {
        let plurals = "initiatieven|activiteiten|aanbieders|verbindingen|waarschuwingen|good practices"
        var singulars = 0
        for province in Self.provinces {
            let text = try Self.run.text("provincies/\(province).md")
            #expect(text.range(of: "(^|[^0-9.,])1 (\(plurals))\\b", options: .regularExpression) == nil, "\(province)")
            singulars += text.components(separatedBy: "1 initiatief van ").count - 1
            singulars += text.components(separatedBy: "gaf 1 waarschuwing. Die hield").count - 1
        }
        #expect(singulars > 0)
    }
}
