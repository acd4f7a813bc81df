import Foundation
import Testing
@testable import RegioscanCore

@Suite("Meegeleverde voorbeelddata")
struct SampleDataTests {
    static let result: LoadResult = try! DatasetLoader.load(input: ProjectPaths.input, year: 2023)

    /// The published tables, copied from the 2023 report into the fixtures.
    static func published(_ name: String) throws -> [String: Int64] {
        let text = try String(contentsOfFile: ProjectPaths.fixtures + "/reference/published-\(name).csv", encoding: .utf8)
        var values: [String: Int64] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            values[cells[1] + "|" + cells[2]] = Int64(cells[3])!
        }
        return values
    }

    static func national(_ figure: Figure) -> [String: Int64] {
        var values: [String: Int64] = [:]
        for row in figure.rows where row.isNational { values[row.series + "|" + row.category] = row.value.count }
        return values
    }

    @Test func sampleHasNoErrorsAndIsMarkedAsSampleData() throws {
        let dataset = try #require(Self.result.dataset, "\(Self.result.diagnostics.texts(.error))")
        #expect(dataset.settings.isSampleData)
        #expect(Set(dataset.activities.map(\.province)).count == 12)
    }

    @Test func keyFiguresEqualThePublishedOnes() throws {
        let figures = FigureSet(dataset: try #require(Self.result.dataset))
        let published = try Self.published("kerncijfers")
        let computed = Self.national(figures[.keyFigures])
        for (key, value) in published { #expect(computed[key] == value, "\(key)") }
    }

    @Test(arguments: [("figure-06", FigureID.activitiesPerArchetype), ("figure-18", .activitiesPerMarketFailure),
                      ("figure-04", .reachEffortClasses)])
    func figureEqualsThePublishedTable(name: String, id: FigureID) throws {
        let figures = FigureSet(dataset: try #require(Self.result.dataset))
        #expect(Self.national(figures[id]) == (try Self.published(name)))
    }

    @Test func reachPerArchetypeEqualsFigure21() throws {
        let figures = FigureSet(dataset: try #require(Self.result.dataset))
        let reach = Self.national(figures[.reachPerArchetype]).filter { $0.key.hasPrefix("bereik|") }
        #expect(reach == (try Self.published("figure-21")))
        #expect(reach.values.reduce(0, +) == 109_339)
    }

    @Test func sampleLooksLikeARealDelivery() throws {
        let dataset = try #require(Self.result.dataset)
        let figures = FigureSet(dataset: dataset)
        // Some activities without known reach, some not sector-specific, one good practice per province.
        #expect(dataset.activities.contains { $0.reach == nil })
        #expect(dataset.activities.contains { $0.sectors.isEmpty })
        #expect(figures[.goodPractices].goodPractices.count == 12)
        #expect(Set(figures[.goodPractices].goodPractices.map(\.province)).count == 12)
        // The ministry is the most frequent provider; an initiative is scanned in several provinces.
        let providers = figures[.commonProviders].rows(province: FigureRow.national, series: "totaal")
        #expect(providers.first?.category == "Ministerie van Economische Zaken en Klimaat")
        #expect(providers.contains { $0.category == "Rabobank" })
        let provincesPerInitiative = Dictionary(grouping: dataset.activities, by: \.initiative).mapValues { Set($0.map(\.province)).count }
        #expect(provincesPerInitiative.values.contains { $0 > 1 })
        // The delivery habits: semicolons, Windows-1252, fill-down, aliases.
        let kinds = Set(Self.result.diagnostics.warnings.map(\.kind))
        #expect(kinds.contains(.encoding) && kinds.contains(.newLabel))
        #expect(!Self.result.diagnostics.hasErrors)
    }

    /// The sample ships Zeeland as a workbook (LibreOffice's conversion of the generated CSV), so that a run
    /// over the sample reads both formats. The other files equal the generator's output byte for byte; the
    /// workbook holds exactly the generated CSV's rows, cell for cell.
    static let workbookDeliveries = ["zeeland.csv": "zeeland.xlsx"]

    @Test func generatorReproducesTheCommittedSampleByteForByte() throws {
        let folder = ProjectPaths.input + "/2023"
        let committed = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let generated = SampleGenerator().files()
        #expect(generated.map { Self.workbookDeliveries[$0.name] ?? $0.name }.sorted() == committed)
        for file in generated {
            if let workbook = Self.workbookDeliveries[file.name] {
                try expectWorkbook(folder + "/" + workbook, holdsTheRowsOf: file.bytes)
                continue
            }
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/" + file.name)))
            #expect(bytes == file.bytes, "\(file.name) differs from the generator's output")
        }
    }

    private func expectWorkbook(_ path: String, holdsTheRowsOf csvBytes: [UInt8]) throws {
        var diagnostics = Diagnostics()
        let csv = try #require(CSVReader.read(DecodedText(bytes: csvBytes), file: "csv", diagnostics: &diagnostics))
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let workbook = try #require(XLSXDeliveryReader.read(bytes, file: path, diagnostics: &diagnostics))
        func cells(_ record: CSVRecord) -> [String] {
            var cells = record.cells
            while cells.last == "" { cells.removeLast() }
            return cells
        }
        #expect(cells(workbook.header) == cells(csv.header))
        #expect(workbook.rows.map(cells) == csv.rows.map(cells))
        #expect(diagnostics.all.isEmpty)
    }

    @Test(arguments: [12, 100, 5_000])
    func generatorWritesValidInputAtAnySize(activities: Int) throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        _ = try SampleGenerator(seed: 99, activityCount: activities).write(to: input.yearFolder)
        let result = try input.load()
        let dataset = try #require(result.dataset, "\(result.diagnostics.texts(.error).prefix(5))")
        #expect(dataset.activities.count == activities)
        let perInitiative = Dictionary(grouping: dataset.activities, by: \.initiative).values.map(\.count)
        #expect(perInitiative.allSatisfy { (1...13).contains($0) })
    }

    @Test func differentSeedsGiveDifferentFilesAndTheSameSeedTheSame() {
        let first = SampleGenerator(seed: 1, activityCount: 300).files()
        let again = SampleGenerator(seed: 1, activityCount: 300).files()
        let other = SampleGenerator(seed: 2, activityCount: 300).files()
        #expect(first.map(\.bytes) == again.map(\.bytes))
        #expect(first.map(\.bytes) != other.map(\.bytes))
    }
}
