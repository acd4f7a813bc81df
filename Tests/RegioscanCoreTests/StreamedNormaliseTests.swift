import Foundation
import Testing
@testable import RegioscanCore

/// A CSV file is normalised row by row as it is read (`DatasetLoader.normalise`); the same file read into a table
/// first and then normalised must give the same rows and the same problems, in the same order.
@Suite("Invoer rij voor rij normaliseren")
struct StreamedNormaliseTests {
    static func taxonomy() throws -> Taxonomy { try ProjectPaths.shippedTaxonomy() }

    /// Both ways over the same files, with one normaliser each (its caches and new labels carry over files).
    static func bothWays(_ files: [String]) throws -> (streamed: ([String], [String]), tabled: ([String], [String])) {
        let taxonomy = try taxonomy()
        var streamer = RowNormaliser(taxonomy: taxonomy, personalColumns: ["telefoon"])
        var tabler = RowNormaliser(taxonomy: taxonomy, personalColumns: ["telefoon"])
        var streamedRows: [String] = [], tabledRows: [String] = []
        var streamedDiagnostics = Diagnostics(), tabledDiagnostics = Diagnostics()
        for file in files {
            streamedRows += DatasetLoader.normalise(file, with: &streamer, diagnostics: &streamedDiagnostics)
                .map(\.contentDescription)
            if let table = DatasetLoader.readTable(file, diagnostics: &tabledDiagnostics) {
                tabledRows += tabler.normalise(table, diagnostics: &tabledDiagnostics).map(\.contentDescription)
            }
        }
        // New labels, with how often each occurred (rows read as bytes count a label met before as well).
        for warning in streamer.registry.warnings() { streamedDiagnostics.append(warning) }
        for warning in tabler.registry.warnings() { tabledDiagnostics.append(warning) }
        return ((streamedRows, streamedDiagnostics.texts()), (tabledRows, tabledDiagnostics.texts()))
    }

    @Test func theSampleGivesTheSameRowsAndProblems() throws {
        let folder = ProjectPaths.input + "/2023"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".csv") }.sorted()
            .map { folder + "/" + $0 }
        #expect(files.count >= 5)
        let (streamed, tabled) = try Self.bothWays(files)
        #expect(streamed.0.count > 300)
        #expect(streamed.0 == tabled.0)
        #expect(streamed.1 == tabled.1)
    }

    static let header = "provincie;initiatief_id;initiatief;activiteit;type_activiteit;sector;telefoon;bereik"

    /// Files with every problem the reader and the normaliser report, each in its own file.
    static let awkwardFiles: [(name: String, text: String)] = [
        ("utrecht.csv", header + "\n;UT-1;Een;Scan;Signaleren;J;0612;ca. 40\nUtrecht;;;;;;;\n;UT-1;;Cursus;Onderwijs voor studenten;X;;\n"),
        ("alleen-kop.csv", header + "\n"),
        ("voorgevuld.csv", header + "\nZeeland;;;;;;;\nZeeland;;;;;;;\n"),
        ("te-breed.csv", header + "\nUtrecht;UT-2;Twee;Scan;Signaleren;J;;5;extra\nUtrecht;UT-2;Twee;Scan 2;Signaleren;J;;5\n"),
        ("kapotte-kop.csv", "provincie;initiatief;onbekend\nUtrecht;x;y\n"),
        ("open-quote.csv", header + "\nUtrecht;UT-3;Drie;\"Scan;Signaleren;J;;5\n"),
        ("leeg.csv", "\n\n"),
        ("dubbel.csv", header + "\nUtrecht;UT-4;Vier;Scan;Signaleren;J;;5\nUtrecht;UT-4;Vier;scan;Signaleren;J;;5\n"),
        // Rows read as bytes look cells met before up by their bytes: a repeated cell with a problem must give its
        // message every time, and cells with spaces, tabs, non-breaking spaces or accents the same values.
        ("herhaald.csv", header + "\n" + Array(repeating: repeatedRows, count: 3).joined()),
        ("zeeland.csv", header + "\n" + Array(repeating: "Utrecht;ZE-1;Een;Scan;Signaleren;J;;5\n", count: 3).joined()),
        ("lang.csv", header + "\nUtrecht;UT-9;Lang;Scan;Signaleren;J;;" + String(repeating: "9", count: 40_000) + "\n"),
    ]

    static let fullHeader = "provincie;initiatief_id;initiatief;activiteit;type_activiteit;sector;technologie;toepassing;"
        + "doel;initiatiefnemer;financier;uitvoerder;geografie;toelichting;website;good_practice;bereik"

    static let fullRows = """
        Utrecht;UT-20;Twintig;Scan;Signaleren;J;Nieuwe techniek;Webshop;Innovatie;Provincie Utrecht;;Nieuw Bureau;Regio Oost;Een toelichting;https://twintig.example;ja;30
        ;UT-20;;Scan 2;Signaleren;J;Nieuwe techniek; Webshop ;Innovatie;;EZK;Nieuw Bureau;Regio  Oost;Een toelichting;https://twintig.example;;ca. 30
        Zeeland;UT-21;Eenentwintig;Cursus;Signaleren;J;Andere techniek;;;Onbekende partij;;;Regio Oost;;;nee;
        Utrecht;UT-22;Tweeëntwintig;Cursus;Signaleren;J;Nieuwe techniek;;;;;Nieuw Bureau;Regio Oost;Een toelichting;;misschien;7

        """

    static let repeatedRows = """
        Utrecht;UT-7;Zeven;Scan;Signaleren;J; 0612 ;ca. 40
        Utrecht;UT-7;Zeven;Scan 2;Onbekend type;Q;;-5
        Utrecht;UT-7;  Zeven  ;Scan  3;Signaleren;J; X ;±12
        utrecht ;UT-8;Acht\u{A0}bv;Cursus\tdag;Signaleren ;J; Zorg ;n.b.
        Utrecht;UT-8;Acht\u{A0}bv;"Cursus
        regel";Signaleren;Onderwijs;;12
        Utrecht;UT-8;Acht\u{A0}bv;Coördinatie;Signaleren;J;;1.000
        ;;;;;;;

        """

    @Test func awkwardFilesGiveTheSameRowsAndProblems() throws {
        let folder = try TemporaryFolder.make("stroom")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var files: [String] = []
        for (name, text) in Self.awkwardFiles {
            let path = folder + "/" + name
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        // Windows-1252 bytes (é as 0xE9) and a BOM: the encoding warning comes before the rows' problems.
        let latin = folder + "/latijn.csv"
        try Data(Array((Self.header + "\nUtrecht;UT-5;Caf").utf8) + [0xE9] + Array(";Scan;Signaleren;Q;;5\n".utf8))
            .write(to: URL(fileURLWithPath: latin))
        let bom = folder + "/bom.csv"
        try Data([0xEF, 0xBB, 0xBF] + Array((Self.header + "\nUtrecht;UT-6;Zes;Scan;Signaleren;J;;5\n").utf8))
            .write(to: URL(fileURLWithPath: bom))
        files += [latin, bom]
        // Every kind of cell the normaliser looks up by its bytes, repeated, in a file whose name is a province:
        // open labels (new ones counted each time), roles, geography, notes, websites, good practice.
        try FileManager.default.createDirectory(atPath: folder + "/volledig", withIntermediateDirectories: true)
        let full = folder + "/volledig/utrecht.csv"
        try Data((Self.fullHeader + "\n" + Array(repeating: Self.fullRows, count: 3).joined()).utf8)
            .write(to: URL(fileURLWithPath: full))
        files.append(full)
        let (streamed, tabled) = try Self.bothWays(files)
        #expect(streamed.0 == tabled.0)
        #expect(streamed.1 == tabled.1)
        // The files do raise what they were made for.
        let problems = streamed.1.joined(separator: "\n")
        for expected in [Messages.headerOnly, Messages.unterminatedQuote, Messages.emptyFile, Messages.windows1252(.windows1252)] {
            #expect(problems.contains(expected), "\(expected)")
        }
        #expect(streamed.0.count == 7 + 18 + 3 + 1 + 12)
        #expect(streamed.1.filter { $0.hasPrefix("utrecht.csv") && $0.contains("Zeeland") }.count == 3)
        #expect(streamed.1.contains { $0.contains("Nieuwe techniek") && $0.contains("(9 keer)") })
        // The repeats repeat their messages: an unknown type, a negative and an estimated reach, three times each,
        // and the province that differs from the file name's.
        #expect(streamed.1.filter { $0.hasPrefix("herhaald.csv") && $0.contains("Onbekend type") }.count == 3)
        #expect(streamed.1.filter { $0.hasPrefix("herhaald.csv") && $0.contains("±12") }.count == 3)
        #expect(streamed.1.filter { $0.hasPrefix("zeeland.csv") }.count == 3)
        #expect(streamed.1.contains { $0.hasPrefix("lang.csv:2") })
    }
}
