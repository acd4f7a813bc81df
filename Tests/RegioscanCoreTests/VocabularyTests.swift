import Testing
@testable import RegioscanCore

@Suite("Gesloten en open lijsten")
struct VocabularyTests {
    static let taxonomy: Taxonomy = {
        var diagnostics = Diagnostics()
        return TaxonomyLoader.load(folder: ProjectPaths.taxonomy, diagnostics: &diagnostics)!
    }()

    func label(_ dimension: DimensionID, _ value: String) -> String? {
        if case .category(let index) = Self.taxonomy[dimension].match(value) {
            return Self.taxonomy[dimension].categories[index].label
        }
        return nil
    }

    @Test func theShippedTaxonomyLoadsWithoutProblems() {
        var diagnostics = Diagnostics()
        let taxonomy = TaxonomyLoader.load(folder: ProjectPaths.taxonomy, diagnostics: &diagnostics)
        #expect(taxonomy != nil)
        #expect(diagnostics.all.isEmpty, "\(diagnostics.texts())")
        #expect(taxonomy?.provinces.categories.count == 12)
        #expect(taxonomy?.archetypes.categories.count == 12)
        #expect(taxonomy?[.sector].categories.count == 21)
        #expect(taxonomy?[.bottleneck].categories.count == 12)
        #expect(taxonomy?[.marketFailure].categories.count == 7)
    }

    @Test(arguments: [
        ("Workshops & kennisevents", "Workshops & kennisevents"), ("workshops en kennisevents", "Workshops & kennisevents"),
        ("WORKSHOPS AND KENNISEVENTS", "Workshops & kennisevents"), ("  Workshops   &  kennisevents ", "Workshops & kennisevents"),
        ("9", "Workshops & kennisevents"), ("Netwerken en coordineren", "Netwerken & coördineren"),
        ("1", "Signaleren"), ("12", "Kennisplatform"), ("Advisering / consultancy", "Advisering/consultancy"),
        ("Advisering/consultancy", "Advisering/consultancy"), ("Quickscan", "Scans & assessments"),
    ])
    func archetypes(value: String, expected: String?) {
        #expect(label(.archetype, value) == expected)
    }

    @Test(arguments: [
        ("C", "Industrie"), ("Industrie", "Industrie"), ("C Industrie", "Industrie"), ("c. industrie", "Industrie"),
        ("C - Industrie", "Industrie"), ("J", "Informatie en communicatie"), ("ICT", "Informatie en communicatie"),
        ("Informatie & communicatie", "Informatie en communicatie"), ("Financiele dienstverlening", "Financiële dienstverlening"),
        ("A Landbouw, bosbouw en visserij", "Landbouw, bosbouw en visserij"), ("C Handel", nil),
    ])
    func sectors(value: String, expected: String?) {
        #expect(label(.sector, value) == expected)
    }

    @Test(arguments: ["Niet sector-specifiek", "alle sectoren", "Niet gespecificeerd", "Ongespecificeerd", "niet specifiek", ""])
    func unspecifiedSectorEqualsEmpty(value: String) {
        #expect(Self.taxonomy[.sector].match(value) == .unspecified)
    }

    @Test(arguments: [
        (DimensionID.province, "GR", "Groningen"), (.province, "NL-GR", "Groningen"), (.province, "nl-ut", "Utrecht"),
        (.province, "Fryslân", "Friesland"), (.province, "Fryslan", "Friesland"), (.province, "GLD", "Gelderland"),
        (.province, "Brabant", "Noord-Brabant"), (.province, "noord holland", "Noord-Holland"),
        (.size, "1-10", "Micro"), (.size, "10-50", "Klein"), (.size, "50-250", "Middelgroot"), (.size, "middel", "Middelgroot"),
        (.phase, "scaleup", "Scale-up"), (.phase, "scale up", "Scale-up"), (.phase, "Scale-Up", "Scale-up"),
        (.maturity, "gemiddeld", "Middel"), (.digitalForm, "data", "Data"),
        (.bottleneck, "K0", "Probleemsignalering en vraagarticulatie"), (.bottleneck, "0", "Probleemsignalering en vraagarticulatie"),
        (.bottleneck, "K10", "Gebrek aan coördinatie in het ecosysteem"), (.bottleneck, "6", "Gebrek aan interne kennis en kunde"),
        (.bottleneck, "K6 Gebrek aan interne kennis en kunde", "Gebrek aan interne kennis en kunde"), (.bottleneck, "overig", "Overig"),
        (.marketFailure, "1", "Informatiegebreken"), (.marketFailure, "1. Informatiegebreken", "Informatiegebreken"),
        (.marketFailure, "Coördinatiegebreken", "Coördinatiegebreken"), (.marketFailure, "7", "Overheidsfalen"),
    ])
    func codesAndAliases(dimension: DimensionID, value: String, expected: String) {
        #expect(label(dimension, value) == expected)
    }

    @Test(arguments: [
        (DimensionID.archetype, "Workshop", "Workshops & kennisevents"), (.archetype, "Signaleern", "Signaleren"),
        (.archetype, "Kennisplatvorm", "Kennisplatform"), (.province, "Utrech", "Utrecht"),
        (.province, "Noord Brabrant", "Noord-Brabant"), (.maturity, "hooog", "Hoog"),
        (.marketFailure, "Informatiegebrken", "Informatiegebreken"), (.sector, "Industry", "Industrie"),
    ])
    func suggestionsForUnknownValues(dimension: DimensionID, value: String, expected: String) {
        #expect(Self.taxonomy[dimension].match(value) == .unknown)
        #expect(Self.taxonomy[dimension].suggestion(for: value) == expected)
    }

    @Test func noSuggestionForUnrelatedValues() {
        #expect(Self.taxonomy[.archetype].suggestion(for: "xyzzy") == nil)
        #expect(Self.taxonomy[.archetype].suggestion(for: String(repeating: "a", count: 500)) == nil)
    }

    @Test func openVocabularyAliasesGiveTheCanonicalLabel() {
        let providers = Self.taxonomy[.provider]
        for spelling in ["EZK", "Min. EZK", "ministerie van ezk", "Ministerie van Economische Zaken en Klimaat"] {
            #expect(providers.index(of: spelling).map { providers.labels[$0] } == "Ministerie van Economische Zaken en Klimaat")
        }
        let technology = Self.taxonomy[.technology]
        #expect(technology.index(of: "Kunstmatige intelligentie").map { technology.labels[$0] } == "AI")
        #expect(technology.index(of: "Quantum") == nil)
    }
}
