import Foundation
import Testing
@testable import RegioscanCore

/// One test per rule of the input contract, each on a small file whose outcome is written out by hand.
@Suite("Regels van het invoerformaat")
struct DatasetRulesTests {
    func load(_ files: [String: String], settings: String? = nil, strict: Bool = false) throws -> LoadResult {
        let input = try TemporaryInput()
        defer { input.remove() }
        for (name, text) in files { try input.write(name, text) }
        if let settings { try input.write("instellingen.yaml", settings) }
        return try input.load(strict: strict)
    }

    // MARK: Headers

    @Test func headersMatchCaseAccentSpaceAndUnderscoreInsensitively() throws {
        let text = "Provincie;Initiatief ID;INITIATIEF;Activiteit;Type activiteit;Sector;Good Practice\n"
            + "Utrecht;UT-001;A;Act;Signaleren;C;ja\n"
        let result = try load(["u.csv": text])
        let dataset = try #require(result.dataset)
        #expect(result.diagnostics.all.isEmpty)
        #expect(dataset.activities[0].isGoodPractice)
        #expect(dataset.activities[0].sectors == [2])
    }

    @Test func headerAliasesFromTheTaxonomyFolder() throws {
        let text = "provincie;ID;Naam initiatief;Naam activiteit;Type;Bereik mkb\nUtrecht;UT-001;A;Act;1;8.126\n"
        let result = try load(["u.csv": text])
        #expect(try #require(result.dataset).activities[0].reach == 8126)
    }

    @Test func unknownColumnsAreIgnoredWithOneWarningPerFile() throws {
        let text = FixtureCSV.semicolon(extra: ["Status", "Opmerking intern"], rows: [FixtureCSV.row() + ["actief", "x"]])
        let result = try load(["u.csv": text])
        #expect(result.dataset != nil)
        #expect(result.diagnostics.texts(.warning) == [
            "u.csv:1: onbekende kolommen \"Status\", \"Opmerking intern\" worden genegeerd",
        ])
    }

    @Test func missingRequiredColumnNamesTheClosestHeader() throws {
        let text = "provincie;initiatief_id;initiatief;activiteit;type activitiet\nUtrecht;UT-001;A;Act;Signaleren\n"
        let result = try load(["u.csv": text])
        #expect(result.dataset == nil)
        #expect(result.diagnostics.texts(.error) == [
            "u.csv:1: kolom type_activiteit: verplichte kolom \"type_activiteit\" ontbreekt in de kopregel; "
                + "dichtstbijzijnde kolomnaam in het bestand: \"type activitiet\"",
        ])
    }

    @Test func duplicateColumnIsAnError() throws {
        let text = "provincie;initiatief_id;initiatief;activiteit;type_activiteit;Type activiteit\nUtrecht;UT-001;A;Act;1;2\n"
        let result = try load(["u.csv": text])
        #expect(result.diagnostics.errors.count == 1)
        #expect(result.diagnostics.errors[0].kind == .header)
    }

    // MARK: Province

    @Test(arguments: ["utrecht.csv", "UT.csv", "NL-UT.csv", "Utrecht.CSV"])
    func provinceFromTheFileName(file: String) throws {
        let text = "initiatief_id;initiatief;activiteit;type_activiteit\nUT-001;A;Act;Signaleren\n"
        let dataset = try #require(try load([file: text]).dataset)
        #expect(dataset.provinceName(dataset.activities[0].province) == "Utrecht")
    }

    @Test func provinceColumnAndFileNameMustAgree() throws {
        let text = FixtureCSV.semicolon(rows: [FixtureCSV.row(province: "Flevoland"), FixtureCSV.row("UT-002", province: "Utrecht")])
        let result = try load(["utrecht.csv": text])
        #expect(result.diagnostics.texts(.error) == [
            "utrecht.csv:2: kolom provincie: provincie \"Flevoland\" wijkt af van de bestandsnaam (utrecht.csv)",
        ])
    }

    @Test func provinceMissingFromColumnAndFileName() throws {
        let noColumn = "initiatief_id;initiatief;activiteit;type_activiteit\nUT-001;A;Act;Signaleren\n"
        let result = try load(["aanlevering.csv": noColumn])
        #expect(result.diagnostics.errors.map(\.location.column) == ["provincie"])
        let emptyCell = FixtureCSV.semicolon(rows: [FixtureCSV.row(province: "")])
        let second = try load(["aanlevering.csv": emptyCell])
        #expect(second.diagnostics.texts(.error) == [
            "aanlevering.csv:2: kolom provincie: provincie ontbreekt en de bestandsnaam is geen provincie",
        ])
    }

    @Test func oneFileMayHoldSeveralProvinces() throws {
        let text = FixtureCSV.semicolon(rows: [FixtureCSV.row(), FixtureCSV.row("FL-001", province: "FL")])
        let dataset = try #require(try load(["landelijk.csv": text]).dataset)
        #expect(dataset.activities.map { dataset.provinceName($0.province) } == ["Utrecht", "Flevoland"])
    }

    // MARK: Fill-down and conflicts

    @Test func fillDownGoesByInitiativeIDNotByTheRowAbove() throws {
        let text = FixtureCSV.semicolon(extra: ["financier", "good_practice", "website"], rows: [
            ["Utrecht", "UT-001", "Eerste", "A1", "1", "EZK; Provincie Utrecht", "ja", "https://a.example"],
            ["Utrecht", "UT-002", "Tweede", "B1", "2", "", "", ""],
            ["Utrecht", "UT-001", "", "A2", "3", "", "", ""],
        ])
        let result = try load(["u.csv": text])
        let dataset = try #require(result.dataset)
        #expect(result.diagnostics.all.isEmpty)
        #expect(dataset.initiatives.map(\.name) == ["Eerste", "Tweede"])
        let third = dataset.activities[2]
        #expect(third.initiative == 0)
        #expect(third.isGoodPractice)
        #expect(third.roles.financiers.map { dataset.providers[$0] }.sorted()
            == ["Ministerie van Economische Zaken en Klimaat", "Provincie Utrecht"])
        #expect(dataset.initiatives[0].website == "https://a.example")
        #expect(!dataset.activities[1].isGoodPractice)
    }

    @Test func conflictingInitiativeValuesInOneFileAreAnError() throws {
        let text = FixtureCSV.semicolon(extra: ["uitvoerder"], rows: [
            ["Utrecht", "UT-001", "Naam", "A1", "1", "HU"],
            ["Utrecht", "UT-001", "Andere naam", "A2", "2", "Hogeschool Utrecht"],
            ["Utrecht", "UT-001", " Naam ", "A3", "3", "TNO"],
        ])
        let result = try load(["u.csv": text])
        #expect(result.diagnostics.texts(.error) == [
            "u.csv:3: kolom initiatief: \"Andere naam\" wijkt af van \"Naam\" op \(result.files[0]):2 (zelfde initiatief_id UT-001)",
            "u.csv:4: kolom uitvoerder: \"TNO\" wijkt af van \"Hogeschool Utrecht\" op \(result.files[0]):2 (zelfde initiatief_id UT-001)",
        ])
    }

    @Test func providerListsAreComparedAsSetsOfCanonicalNames() throws {
        let text = FixtureCSV.semicolon(extra: ["financier"], rows: [
            ["Utrecht", "UT-001", "Naam", "A1", "1", "EZK; Provincie Utrecht"],
            ["Utrecht", "UT-001", "Naam", "A2", "2", "provincie utrecht | Ministerie van EZK"],
        ])
        let result = try load(["u.csv": text])
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.texts())")
    }

    @Test func conflictsAcrossFilesAreAnError() throws {
        let first = FixtureCSV.semicolon(rows: [FixtureCSV.row("NL-001", "Programma", "A1")])
        let second = FixtureCSV.semicolon(rows: [FixtureCSV.row("NL-001", "Ander programma", "A2", province: "Flevoland")])
        let result = try load(["a.csv": first, "b.csv": second])
        #expect(result.diagnostics.errors.count == 1)
        #expect(result.diagnostics.errors[0].location.file.hasSuffix("b.csv"))
        #expect(result.diagnostics.errors[0].message.contains("a.csv:2"))
    }

    @Test func initiativeInTwoProvincesIsOneInitiative() throws {
        let first = FixtureCSV.semicolon(rows: [FixtureCSV.row("NL-001", "Programma", "A1")])
        let second = FixtureCSV.semicolon(rows: [FixtureCSV.row("nl-001", "Programma", "A2", province: "Flevoland")])
        let dataset = try #require(try load(["a.csv": first, "b.csv": second]).dataset)
        #expect(dataset.initiatives.count == 1)
        #expect(Set(dataset.activities.map(\.province)).count == 2)
    }

    @Test func initiativeWithoutNameIsAnError() throws {
        let text = FixtureCSV.semicolon(rows: [FixtureCSV.row("UT-001", ""), FixtureCSV.row("UT-001", "", "A2")])
        let result = try load(["u.csv": text])
        #expect(result.diagnostics.texts(.error) == [
            "u.csv:2: kolom initiatief: initiatief UT-001 heeft geen naam: vul de kolom initiatief in op (minstens) de eerste rij van het initiatief",
        ])
    }

    @Test func nameGivenOnlyInAnotherFileIsTakenOverWithAWarning() throws {
        let first = FixtureCSV.semicolon(rows: [FixtureCSV.row("NL-001", "Programma", "A1")])
        let second = FixtureCSV.semicolon(rows: [FixtureCSV.row("NL-001", "", "A2", province: "Flevoland")])
        let result = try load(["a.csv": first, "b.csv": second])
        #expect(result.dataset != nil)
        #expect(result.diagnostics.warnings.map(\.kind) == [.missingValue])
    }

    // MARK: Values

    @Test func multiValuedCellsCountEachValueOnce() throws {
        let text = FixtureCSV.semicolon(extra: ["sector", "technologie"], rows: [
            FixtureCSV.row() + ["C; Industrie | J\nICT", "AI; Kunstmatige intelligentie; IoT"],
        ])
        let dataset = try #require(try load(["u.csv": text]).dataset)
        #expect(dataset.activities[0].sectors.map { dataset.label(.sector, $0) } == ["Industrie", "Informatie en communicatie"])
        #expect(dataset.activities[0].technologies.map { dataset.label(.technology, $0) } == ["AI", "IoT & sensoring"])
    }

    @Test func unknownClosedValueIsAnErrorWithSuggestion() throws {
        let text = FixtureCSV.semicolon(rows: [FixtureCSV.row(type: "Workshop")])
        let result = try load(["utrecht.csv": text])
        #expect(result.diagnostics.texts(.error) == [
            "utrecht.csv:2: kolom type_activiteit: onbekende waarde \"Workshop\" — bedoelde u \"Workshops & kennisevents\"?",
        ])
    }

    @Test func commaSeparatedListGetsTheRightSpellingAsSuggestion() throws {
        let text = FixtureCSV.semicolon(extra: ["sector"], rows: [FixtureCSV.row() + ["C, J"]])
        let result = try load(["utrecht.csv": text])
        #expect(result.diagnostics.texts(.error) == [
            "utrecht.csv:2: kolom sector: onbekende waarde \"C, J\" — bedoelde u \"Industrie; Informatie en communicatie\"?",
        ])
    }

    @Test func aWorkbookInTheYearFolderIsReadAndABrokenOneIsAnError() throws {
        let result = try load(["utrecht.csv": FixtureCSV.semicolon(rows: [FixtureCSV.row()]), "zeeland.xlsx": "PK"])
        #expect(result.dataset == nil)
        #expect(result.diagnostics.texts(.error) == ["zeeland.xlsx: " + Messages.notAWorkbook])
    }

    @Test func archetypeTakesOneValue() throws {
        let text = FixtureCSV.semicolon(rows: [FixtureCSV.row(type: "Signaleren; Scans")])
        let result = try load(["u.csv": text])
        #expect(result.diagnostics.texts(.error) == ["u.csv:2: kolom type_activiteit: één waarde verwacht, maar de cel bevat er 2"])
    }

    @Test func requiredValuesMustBeFilled() throws {
        let text = FixtureCSV.semicolon(rows: [["Utrecht", "", "A", "Act", "1"], ["Utrecht", "UT-002", "B", "", "1"],
                                               ["Utrecht", "UT-003", "C", "Act", "Niet gespecificeerd"]])
        let result = try load(["u.csv": text])
        #expect(result.diagnostics.errors.map { "\($0.location.line!) \($0.location.column!)" }
            == ["2 initiatief_id", "3 activiteit", "4 type_activiteit"])
    }

    @Test func newOpenLabelIsKeptWithOneWarningAndFirstSpelling() throws {
        let text = FixtureCSV.semicolon(extra: ["technologie"], rows: [
            FixtureCSV.row("UT-001", "A", "A1") + ["Quantum computing"],
            FixtureCSV.row("UT-001", "A", "A2") + ["quantum  Computing"],
        ])
        let result = try load(["u.csv": text])
        let dataset = try #require(result.dataset)
        #expect(dataset.activities.map { $0.technologies.map { dataset.label(.technology, $0) } }
            == [["Quantum computing"], ["Quantum computing"]])
        #expect(result.diagnostics.texts(.warning) == [
            "u.csv:2: kolom technologie: nieuw label \"Quantum computing\" (2 keer) staat niet in de aliaslijst; het telt als eigen categorie",
        ])
    }

    /// A cell resolved once is cached as written; every later occurrence, also twice in one cell and in cells
    /// that combine the label with others, still counts for the warning.
    @Test func newOpenLabelCountsEveryOccurrenceOfARepeatedCell() throws {
        let cells = ["Zwermrobots; Kwantumrekenen", "Zwermrobots; Kwantumrekenen", "zwermrobots; Zwermrobots",
                     "Kwantumrekenen", "Zwermrobots; Kwantumrekenen", "AI; Zwermrobots"]
        let text = FixtureCSV.semicolon(extra: ["technologie"], rows: cells.enumerated().map { index, cell in
            FixtureCSV.row("UT-001", "A", "A\(index)") + [cell]
        })
        let result = try load(["u.csv": text])
        let dataset = try #require(result.dataset)
        #expect(dataset.activities.map { $0.technologies.map { dataset.label(.technology, $0) }.sorted() }
            == [["Kwantumrekenen", "Zwermrobots"], ["Kwantumrekenen", "Zwermrobots"], ["Zwermrobots"],
                ["Kwantumrekenen"], ["Kwantumrekenen", "Zwermrobots"], ["AI", "Zwermrobots"]])
        #expect(result.diagnostics.texts(.warning) == [
            "u.csv:2: kolom technologie: nieuw label \"Zwermrobots\" (6 keer) staat niet in de aliaslijst; het telt als eigen categorie",
            "u.csv:2: kolom technologie: nieuw label \"Kwantumrekenen\" (4 keer) staat niet in de aliaslijst; het telt als eigen categorie",
        ])
    }

    @Test func reachWarningsAndErrors() throws {
        let text = FixtureCSV.semicolon(extra: ["bereik"], rows: [
            FixtureCSV.row("UT-001", "A", "A1") + ["ca. 4000"], FixtureCSV.row("UT-001", "A", "A2") + ["12,5"],
            FixtureCSV.row("UT-001", "A", "A3") + ["onbekend"], FixtureCSV.row("UT-001", "A", "A4") + ["-3"],
        ])
        let result = try load(["u.csv": text])
        #expect(result.diagnostics.texts() == [
            "u.csv:2: kolom bereik: bereik \"ca. 4000\" is een schatting en telt als 4000",
            "u.csv:3: kolom bereik: bereik \"12,5\" is geen geheel getal; verwacht een geheel getal van 0 of meer, of leeg/onbekend",
            "u.csv:5: kolom bereik: bereik \"-3\" is een negatief getal; verwacht een geheel getal van 0 of meer, of leeg/onbekend",
        ])
    }

    @Test func unknownReachIsNotZero() throws {
        let text = FixtureCSV.semicolon(extra: ["bereik"], rows: [
            FixtureCSV.row("UT-001", "A", "A1") + ["n.b."], FixtureCSV.row("UT-001", "A", "A2") + ["0"],
        ])
        let dataset = try #require(try load(["u.csv": text]).dataset)
        #expect(dataset.activities.map(\.reach) == [nil, 0])
    }

    @Test func invalidBooleanIsAnError() throws {
        let text = FixtureCSV.semicolon(extra: ["good_practice"], rows: [FixtureCSV.row() + ["misschien"]])
        let result = try load(["u.csv": text])
        #expect(result.diagnostics.errors.map(\.kind) == [.boolean])
    }

    @Test func duplicateActivityIsReportedAtItsSecondOccurrence() throws {
        let text = FixtureCSV.semicolon(rows: [FixtureCSV.row("UT-001", "A", "Workshop AI"), FixtureCSV.row("UT-002", "B", "Workshop AI"),
                                               FixtureCSV.row("UT-001", "", "workshop  AI")])
        let result = try load(["u.csv": text])
        #expect(result.diagnostics.texts(.error) == [
            "u.csv:4: kolom activiteit: activiteit \"workshop AI\" van initiatief UT-001 staat dubbel (eerder op regel 2)",
        ])
    }

    @Test func duplicateActivitiesAreFoundWhateverTheCaseOfTheirLetters() throws {
        let text = FixtureCSV.semicolon(rows: [FixtureCSV.row("UT-001", "A", "ÉCOLE numérique"),
                                               FixtureCSV.row("UT-001", "", "\u{212A}elvin"),
                                               FixtureCSV.row("UT-001", "", "école NUMÉRIQUE"),
                                               FixtureCSV.row("UT-001", "", "KELVIN"),
                                               FixtureCSV.row("UT-001", "", "Kelvins")])
        let result = try load(["u.csv": text])
        #expect(result.diagnostics.errors.map(\.location.line) == [4, 5])
    }

    /// The hash that finds duplicate names agrees with `lowercased()`, with and without letters outside ASCII.
    @Test func foldedHashIsEqualForNamesThatAreEqualInLowerCase() {
        let pairs = [("Workshop AI", "workshop ai"), ("ÉCOLE", "école"), ("\u{212A}", "k"), ("STRASSE", "strasse"), ("İ", "i̇")]
        for (a, b) in pairs {
            #expect(a.lowercased() == b.lowercased())
            #expect(DatasetBuilder.foldedHash(a) == DatasetBuilder.foldedHash(b), "\(a) \(b)")
        }
        #expect(DatasetBuilder.foldedHash("Workshop AI") != DatasetBuilder.foldedHash("Workshop AI 2"))
    }

    @Test func goodPracticeIsTheChoiceOfTheProvinceThatMarksIt() throws {
        let text = FixtureCSV.semicolon(extra: ["good_practice"], rows: [
            FixtureCSV.row("NL-001", "Programma", "A1") + ["ja"],
            FixtureCSV.row("NL-001", "", "A2", province: "Flevoland") + [""],
            FixtureCSV.row("NL-001", "", "A3") + [""],
        ])
        let dataset = try #require(try load(["landelijk.csv": text]).dataset)
        #expect(dataset.activities.map(\.isGoodPractice) == [true, false, true])
    }

    @Test func goodPracticeMayDifferBetweenTheProvincesOfOneInitiative() throws {
        let utrecht = FixtureCSV.semicolon(extra: ["good_practice"], rows: [
            FixtureCSV.row("NL-001", "Programma", "U1") + ["ja"], FixtureCSV.row("NL-001", "", "U2") + [""],
        ])
        let flevoland = FixtureCSV.semicolon(extra: ["good_practice"], rows: [
            FixtureCSV.row("NL-001", "Programma", "F1", province: "Flevoland") + ["nee"],
            FixtureCSV.row("NL-001", "", "F2", province: "Flevoland") + [""],
        ])
        let result = try load(["a-utrecht.csv": utrecht, "b-flevoland.csv": flevoland])
        #expect(result.diagnostics.texts(.error) == [])
        let dataset = try #require(result.dataset)
        #expect(dataset.activities.map(\.isGoodPractice) == [true, true, false, false])

        let national = FixtureCSV.semicolon(extra: ["good_practice"], rows: [
            FixtureCSV.row("NL-001", "Programma", "U1") + ["nee"],
            FixtureCSV.row("NL-001", "", "F1", province: "Flevoland") + ["ja"],
            FixtureCSV.row("NL-001", "", "U2") + [""],
            FixtureCSV.row("NL-001", "", "F2", province: "Flevoland") + [""],
        ])
        let single = try #require(try load(["landelijk.csv": national]).dataset)
        #expect(single.activities.map(\.isGoodPractice) == [false, true, false, true])
    }

    @Test func goodPracticeStillConflictsWithinOneProvince() throws {
        let first = FixtureCSV.semicolon(extra: ["good_practice"], rows: [FixtureCSV.row("NL-001", "Programma", "U1") + ["ja"]])
        let second = FixtureCSV.semicolon(extra: ["good_practice"], rows: [
            FixtureCSV.row("NL-001", "Programma", "U2") + ["nee"],
            FixtureCSV.row("NL-001", "Programma", "F1", province: "Flevoland") + ["nee"],
        ])
        let result = try load(["a.csv": first, "b.csv": second])
        #expect(result.diagnostics.texts(.error) == [
            "b.csv:2: kolom good_practice: \"nee\" wijkt af van \"ja\" op \(result.files[0]):2 "
                + "(zelfde initiatief_id NL-001 en zelfde provincie Utrecht)",
        ])
    }

    @Test func initiativeColumnsStillConflictNationally() throws {
        let utrecht = FixtureCSV.semicolon(extra: ["website"], rows: [FixtureCSV.row("NL-001", "Programma", "U1") + ["https://a.nl"]])
        let flevoland = FixtureCSV.semicolon(extra: ["website"], rows: [
            FixtureCSV.row("NL-001", "Programma", "F1", province: "Flevoland") + ["https://b.nl"],
        ])
        let result = try load(["a.csv": utrecht, "b.csv": flevoland])
        #expect(result.diagnostics.texts(.error) == [
            "b.csv:2: kolom website: \"https://b.nl\" wijkt af van \"https://a.nl\" op \(result.files[0]):2 (zelfde initiatief_id NL-001)",
        ])
    }

    @Test func moreThanOneGoodPracticePerProvinceIsAWarning() throws {
        let text = FixtureCSV.semicolon(extra: ["good_practice"], rows: [
            FixtureCSV.row("UT-001", "A", "A1") + ["ja"], FixtureCSV.row("UT-002", "B", "B1") + ["x"],
            FixtureCSV.row("FL-001", "C", "C1", province: "FL") + ["ja"],
        ])
        let result = try load(["landelijk.csv": text])
        #expect(result.diagnostics.texts(.warning) == [
            "landelijk.csv:3: kolom good_practice: Utrecht heeft 2 good practices (\"A\", \"B\"); er wordt er één per provincie verwacht",
        ])
    }

    // MARK: Personal data

    @Test func personalDataIsKeptApartFromActivities() throws {
        let text = FixtureCSV.semicolon(extra: ["contactpersoon", "E-mail", "Telefoon"], rows: [
            FixtureCSV.row() + ["Jan Jansen", "jan@example.nl", "06-12345678"],
        ])
        let settings = "persoonsgegevens: [telefoon]\n"
        let result = try load(["u.csv": text], settings: settings)
        let dataset = try #require(result.dataset)
        #expect(result.diagnostics.all.isEmpty)
        #expect(dataset.personal[0] == [
            PersonalField(column: "contactpersoon", value: "Jan Jansen"),
            PersonalField(column: "email", value: "jan@example.nl"),
            PersonalField(column: "Telefoon", value: "06-12345678"),
        ])
        let mirror = String(describing: dataset.activities[0])
        #expect(!mirror.contains("Jansen") && !mirror.contains("jan@example.nl"))
    }

    // MARK: Run level

    @Test func strictModeTurnsWarningsIntoErrors() throws {
        let text = FixtureCSV.semicolon(extra: ["bereik"], rows: [FixtureCSV.row() + ["ca. 40"]])
        #expect(try load(["u.csv": text]).dataset != nil)
        let strict = try load(["u.csv": text], strict: true)
        #expect(strict.dataset == nil)
        #expect(strict.diagnostics.errors.count == 1)
    }

    @Test func yearWithoutActivitiesIsAnError() throws {
        let result = try load(["u.csv": FixtureCSV.requiredHeader + "\n"])
        #expect(result.dataset == nil)
        #expect(result.diagnostics.errors.map(\.message) == ["geen enkele activiteit gevonden voor dit jaar"])
    }

    @Test func folderWithoutCSVFilesIsAnError() throws {
        let result = try load([:])
        #expect(result.dataset == nil)
        #expect(result.diagnostics.errors.count == 1)
    }

    @Test func newestYearIsTheDefault() throws {
        let input = try TemporaryInput(year: 2023)
        defer { input.remove() }
        try FileManager.default.createDirectory(atPath: input.root + "/2024", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: input.root + "/archief", withIntermediateDirectories: true)
        try Data(FixtureCSV.semicolon(rows: [FixtureCSV.row()]).utf8).write(to: URL(fileURLWithPath: input.root + "/2024/u.csv"))
        #expect(try DatasetLoader.load(input: input.root).year == 2024)
        #expect(throws: RegioscanError.self) { try DatasetLoader.load(input: input.root, year: 2019) }
        #expect(throws: RegioscanError.self) { try DatasetLoader.load(input: input.root + "/bestaat-niet") }
    }

    @Test func allErrorsOfAllFilesAreReportedInOneRun() throws {
        let first = FixtureCSV.semicolon(extra: ["bereik"], rows: [FixtureCSV.row(type: "Workshop") + ["veel"]])
        let second = FixtureCSV.semicolon(extra: ["marktfalen"], rows: [FixtureCSV.row("FL-001", province: "Flevoland") + ["8"]])
        let result = try load(["a.csv": first, "b.csv": second])
        #expect(result.diagnostics.errors.count == 3)
        #expect(Set(result.diagnostics.errors.map { ($0.location.file as NSString).lastPathComponent }) == ["a.csv", "b.csv"])
    }

    @Test func lockFilesOfExcelAreSkipped() throws {
        let result = try load(["u.csv": FixtureCSV.semicolon(rows: [FixtureCSV.row()]), "~$u.csv": "\u{1}\u{2}garbage"])
        #expect(result.dataset != nil)
        #expect(result.files.count == 1)
    }
}
