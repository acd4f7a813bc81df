import Foundation
import Testing
@testable import RegioscanCore

/// `data/regioscan.sqlite` on the sample data, read back through the SQLite C library and compared with the
/// contract's tables.
@Suite("Database", .serialized)
struct DatabaseTests {
    static let sample: ReportRun = try! ReportRun.sample()

    static var path: String { sample.folder + "/" + DatabaseWriter.path }

    static func open() throws -> SQLiteReader { try SQLiteReader(path: path) }

    /// A CSV line as the contract writes it, from a database row (`waarde` typed as SQLite stored it).
    static func csvLine(_ row: [String?]) -> String {
        let text = row[3] ?? ""
        let value: FigureValue = Int64(text).map { .count($0) } ?? .fraction(Double(text)!)
        return CSVWriter.line([row[0]!.spreadsheetSafe, row[1]!.spreadsheetSafe, row[2]!.spreadsheetSafe, value.csvText])
    }

    @Test func schemaVersionAndFileSettingsAreFixed() throws {
        let database = try Self.open()
        #expect(try database.integer("PRAGMA user_version") == Int64(DatabaseSchema.version))
        #expect(try database.integer("PRAGMA page_size") == 16384)
        let header = Array(try Self.sample.bytes(DatabaseWriter.path).prefix(20))
        #expect(header[18] == 1 && header[19] == 1, "rollback journal format, not WAL")
        #expect(try database.rows("PRAGMA integrity_check") == [["ok"]])
        #expect(try database.rows("PRAGMA foreign_key_check").isEmpty)
    }

    @Test func figureRowsAreTheFigureTables() throws {
        let database = try Self.open()
        for id in FigureID.allCases where id.hasTable {
            let rows = try database.rows("""
                SELECT provincie, reeks, categorie, waarde FROM figuurrij WHERE figuur = '\(id.fileName)' ORDER BY volgorde
                """)
            let text = CSVWriter.line(FigureCSVRenderer.header) + rows.map(Self.csvLine).joined()
            #expect(text == (try Self.sample.text("tabellen/\(id.fileName).csv")), "\(id.fileName)")
        }
    }

    @Test func datasetTablesAgreeWithTheKeyFiguresAndFigure06() throws {
        let database = try Self.open()
        let keyFigures = TableCSV.parse(try Self.sample.text("tabellen/kerncijfers.csv")).rows
        func key(_ province: String, _ name: String) -> Double? {
            keyFigures.first { $0.province == province && $0.category == name }?.value
        }
        #expect(try database.integer("SELECT COUNT(*) FROM activiteit").map(Double.init) == key("Nederland", "activiteiten"))
        #expect(try database.integer("SELECT COUNT(*) FROM initiatief").map(Double.init) == key("Nederland", "initiatieven"))
        #expect(try database.integer("SELECT COUNT(DISTINCT aanbieder_nr) FROM aanbiedersrol").map(Double.init) == key("Nederland", "aanbieders"))
        let reach = try database.rows("SELECT provincie, activiteiten, activiteiten_met_bereik, bereik FROM bereik_per_provincie")
        #expect(reach.count == 12)
        for row in reach {
            #expect(Double(row[1]!) == key(row[0]!, "activiteiten"), "\(row)")
            #expect(Double(row[2]!) == key(row[0]!, "activiteiten_met_bereik"), "\(row)")
            #expect(Double(row[3]!) == key(row[0]!, "bereik_totaal"), "\(row)")
        }
        let perType = TableCSV.parse(try Self.sample.text("tabellen/figuur-06.csv")).rows.filter { $0.value > 0 && $0.province != "Nederland" }
        let view = try database.rows("SELECT provincie, type_activiteit, activiteiten FROM activiteiten_per_provincie_en_type")
        #expect(view.map { "\($0[0]!)|\($0[1]!)|\($0[2]!)" } == perType.map { "\($0.province)|\($0.category)|\(Int($0.value))" })
        // Every multi-valued cell is linked: the mentions of figure 18 are the market-failure links.
        let mentions = TableCSV.parse(try Self.sample.text("tabellen/figuur-18.csv")).rows.filter { $0.province == "Nederland" }
        #expect(try database.integer("""
            SELECT COUNT(*) FROM activiteit_categorie ac JOIN dimensie d ON d.nr = ac.dimensie_nr WHERE d.code = 'marktfalen'
            """).map(Double.init) == mentions.reduce(0) { $0 + $1.value })
    }

    @Test func learningCirclesAreTheLearningCircleTable() throws {
        let database = try Self.open()
        let rows = try database.rows("""
            SELECT l.nr, i.initiatief_id, i.naam, l.beschrijving FROM leerkring_initiatief li
            JOIN leerkring l ON l.nr = li.leerkring_nr JOIN initiatief i ON i.nr = li.initiatief_nr
            ORDER BY l.nr, li.volgorde
            """)
        var diagnostics = Diagnostics()
        let table = try #require(CSVReader.read(DecodedText(bytes: try Self.sample.bytes("tabellen/leerkringen.csv")),
                                                file: "leerkringen.csv", diagnostics: &diagnostics))
        #expect(table.header.cells == LearningCircleCSVRenderer.header)
        #expect(!rows.isEmpty)
        #expect(rows.map { [$0[0]!, $0[1]!, $0[2]!, $0[3]!] } == table.rows.map { [$0[0], $0[1], $0[3], $0[4]] })
    }

    /// The `Leerkringen` sheet of the national workbook holds the rows of `tabellen/leerkringen.csv`.
    @Test func learningCircleSheetIsTheLearningCircleTable() throws {
        let grid = SheetGrid(try XLSXReader(path: Self.sample.folder + "/werkboeken/Nederland.xlsx"), "Leerkringen")
        let headers = ["Leerkring", "Initiatief-ID", "Provincie", "Initiatief", "Gedeelde kenmerken"]
        let header = try #require(grid.headerRows(containing: headers).first)
        var diagnostics = Diagnostics()
        let table = try #require(CSVReader.read(DecodedText(bytes: try Self.sample.bytes("tabellen/leerkringen.csv")),
                                                file: "leerkringen.csv", diagnostics: &diagnostics))
        // The first column holds numbers, so the rows run until the first empty number.
        let column = header.columns["Leerkring"]!
        let rows = Array((header.row + 1)..<grid.rows.count).prefix { grid.number($0, column) != nil }
        #expect(rows.count == table.rows.count)
        for (line, record) in zip(rows, table.rows) {
            #expect(grid.number(line, column).map { String(Int($0)) } == record[0])
            for (offset, name) in headers.enumerated().dropFirst() {
                #expect(grid.text(line, header.columns[name]!) == record[offset], "\(name)")
            }
        }
    }

    /// The three example queries in `docs/database.md` reproduce the slice of the table they name.
    @Test func documentedExampleQueriesReproduceTheFigureTables() throws {
        let documentation = try String(contentsOfFile: ProjectPaths.root + "/docs/database.md", encoding: .utf8)
        let blocks = documentation.components(separatedBy: "```sql\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        let examples = blocks.compactMap { block -> (table: String, sql: String)? in
            guard let first = block.split(separator: "\n").first, let range = first.range(of: "tabellen/") else { return nil }
            return (String(first[range.upperBound...].prefix { $0 != " " }), block)
        }
        #expect(examples.count == 3)
        let database = try Self.open()
        for (table, sql) in examples {
            let result = try database.rows(sql).map(Self.csvLine)
            let published = try Self.sample.text("tabellen/\(table)").split(separator: "\n").dropFirst().map { String($0) + "\n" }
            let rows = TableCSV.parse(try Self.sample.text("tabellen/\(table)")).rows
            let provinces = Set(try database.rows(sql).map { $0[0]! }), categories = Set(try database.rows(sql).map { $0[2]! })
            let slice = zip(published, rows).filter { provinces.contains($0.1.province) && categories.contains($0.1.category) }.map(\.0)
            #expect(!result.isEmpty)
            #expect(Set(result) == Set(slice) && result.count == slice.count, "\(table)")
        }
    }

    @Test func noPersonalDataInTheFile() throws {
        let bytes = try Self.sample.bytes(DatabaseWriter.path)
        let text = String(decoding: bytes, as: UTF8.self)
        let personal = Self.sample.outcome.dataset.personal.values.flatMap { $0 }.map(\.value).filter { $0.count >= 4 }
        #expect(!personal.isEmpty, "the sample has contact persons to leave out")
        for value in Set(personal) { #expect(!text.contains(value), "\(value)") }
        // Every text value of every table, not the raw file (whose record bytes can look like "x@y.csv").
        let database = try Self.open()
        let email = try Regex("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}")
        let columns = try database.rows("""
            SELECT t.name, c.name FROM pragma_table_list t, pragma_table_info(t.name) c
            WHERE t.schema = 'main' AND t.type = 'table' AND t.name NOT LIKE 'sqlite_%'
            """)
        #expect(columns.count > 40)
        for column in columns {
            let (table, name) = (column[0]!, column[1]!)
            #expect(!["contactpersoon", "email", "e_mail"].contains(name.lowercased()))
            for value in try database.rows("SELECT \"\(name)\" FROM \"\(table)\"").compactMap({ $0[0] }) {
                #expect(value.firstMatch(of: email) == nil, "\(table).\(name): \(value)")
            }
        }
    }

    @Test func twoRunsGiveTheSameBytes() throws {
        let again = try ReportRun.run(Self.sample.input)
        defer { try? FileManager.default.removeItem(atPath: again.output) }
        #expect(try again.bytes(DatabaseWriter.path) == (try Self.sample.bytes(DatabaseWriter.path)))
    }
}
