import Foundation
import Testing
@testable import RegioscanCore

@Suite("Taxonomie- en instellingenbestanden")
struct TaxonomyAndSettingsTests {
    func loadWithTaxonomy(_ name: String, _ text: String) throws -> LoadResult {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.writeTaxonomy(name, text)
        try input.write("u.csv", FixtureCSV.semicolon(rows: [FixtureCSV.row()]))
        return try input.load()
    }

    @Test func malformedYAMLIsReportedWithFileAndLine() throws {
        let result = try loadWithTaxonomy("fase.yaml", "naam: Fase\ncategorieen:\n  - {label: Starter\n  - label: Overig\n")
        #expect(result.dataset == nil)
        let error = try #require(result.diagnostics.errors.first)
        #expect(error.location.file.hasSuffix("taxonomie/fase.yaml"))
        #expect(error.location.line != nil)
        #expect(error.message.hasPrefix("ongeldige YAML"))
    }

    @Test func missingFieldIsReportedAtItsEntry() throws {
        let result = try loadWithTaxonomy("fase.yaml", "naam: Fase\ncategorieen:\n  - label: Starter\n  - aliassen: [x]\n")
        #expect(result.diagnostics.texts(.error) == ["fase.yaml:4: veld \"label\" ontbreekt"])
    }

    @Test func aliasPointingAtTwoCategoriesIsAnError() throws {
        let text = "naam: Fase\ncategorieen:\n  - {label: Starter, aliassen: [jong]}\n  - {label: Overig, aliassen: [Jong]}\n"
        let result = try loadWithTaxonomy("fase.yaml", text)
        #expect(result.diagnostics.texts(.error) == [
            "fase.yaml:4: \"Jong\" hoort bij twee categorieën (\"Starter\" en \"Overig\"); een waarde mag maar één betekenis hebben",
        ])
    }

    @Test func unknownGroupAndClassAreErrors() throws {
        let text = """
            naam: Type activiteit
            klassen: [Laag, Hoog]
            categorieen:
              - {code: "1", label: Signaleren, bereik: Heel hoog, groep: Onbekend}
            """
        let result = try loadWithTaxonomy("type_activiteit.yaml", text)
        #expect(result.diagnostics.errors.count == 2)
    }

    @Test func unknownKeyIsAWarningWithSuggestion() throws {
        let text = "naam: Fase\ncategorieen:\n  - {label: Starter, aliasen: [jong]}\n"
        let result = try loadWithTaxonomy("fase.yaml", text)
        #expect(result.diagnostics.texts(.warning) == ["fase.yaml:3: onbekend veld \"aliasen\" wordt genegeerd — bedoelde u \"aliassen\"?"])
    }

    @Test func anEditedTaxonomyNeedsNoCodeChange() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.writeTaxonomy("fase.yaml", "naam: Fase\ncategorieen:\n  - {label: Starter, aliassen: [beginnend]}\n  - {label: Groeier}\n")
        try input.write("u.csv", FixtureCSV.semicolon(extra: ["fase"], rows: [FixtureCSV.row() + ["Beginnend; groeier"]]))
        let result = try input.load()
        let dataset = try #require(result.dataset, "\(result.diagnostics.texts())")
        #expect(dataset.activities[0].phases.map { dataset.label(.phase, $0) } == ["Starter", "Groeier"])
    }

    @Test func missingTaxonomyFileIsAnError() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try FileManager.default.removeItem(atPath: input.root + "/taxonomie/omvang.yaml")
        try input.write("u.csv", FixtureCSV.semicolon(rows: [FixtureCSV.row()]))
        let result = try input.load()
        #expect(result.diagnostics.texts(.error) == ["omvang.yaml: bestand ontbreekt"])
    }

    @Test func settingsDefaults() {
        let settings = Settings(year: 2023)
        #expect(settings.smePopulation == 440_000)
        #expect(settings.providerThresholdNational == 10)
        #expect(settings.providerThresholdProvince == 3)
        #expect(!settings.isSampleData)
        #expect(settings.yearLine == "2023")
    }

    @Test func settingsAreRead() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("instellingen.yaml", """
            mkb_populatie: 450.000
            drempel_aanbieders_landelijk: 8
            drempel_aanbieders_provincie: 2
            voorbeelddata: ja
            titel: Regioscan Energie MKB
            jaar: eind 2022 – begin 2023
            uitgever: Provincie Utrecht
            """)
        try input.write("u.csv", FixtureCSV.semicolon(rows: [FixtureCSV.row()]))
        let settings = try #require(try input.load().dataset).settings
        #expect(settings.smePopulation == 450_000)
        #expect(settings.providerThresholdNational == 8)
        #expect(settings.providerThresholdProvince == 2)
        #expect(settings.isSampleData)
        #expect(settings.title == "Regioscan Energie MKB")
        #expect(settings.yearLine == "eind 2022 – begin 2023")
        #expect(settings.publisher == "Provincie Utrecht")
    }

    @Test func badSettingsAreReportedWithLine() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("instellingen.yaml", "mkb_populatie: veel\nvoorbeelddata: misschien\ndrempel: 3\n")
        try input.write("u.csv", FixtureCSV.semicolon(rows: [FixtureCSV.row()]))
        let result = try input.load()
        #expect(result.diagnostics.texts() == [
            "instellingen.yaml:3: onbekend veld \"drempel\" wordt genegeerd — bedoelde u \"drempel_aanbieders_landelijk\"?",
            "instellingen.yaml:1: veld \"mkb_populatie\": \"veel\" is geen geheel getal van 0 of meer",
            "instellingen.yaml:2: veld \"voorbeelddata\": \"misschien\" is geen ja/nee-waarde",
        ])
    }

    @Test func settingsInAnotherFormatAreAnError() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("instellingen.toml", "voorbeelddata = true\n")
        try input.write("u.csv", FixtureCSV.semicolon(rows: [FixtureCSV.row()]))
        #expect(try input.load().diagnostics.errors.map(\.kind) == [.settings])
    }
}
