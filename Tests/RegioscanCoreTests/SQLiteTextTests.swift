import Foundation
import Testing
@testable import RegioscanCore

/// Texts go into the database with their bytes and length: empty, short (kept inside the string value), long,
/// with accents and with a null character, one row at a time and in batches.
struct SQLiteTextTests {
    static let texts = ["", "abc", "Coöperatie “Één” 🚀", String(repeating: "lang ", count: 1_000), "a\u{0}b", "e\u{301}"]

    @Test func textsKeepTheirBytes() throws {
        let folder = try TemporaryFolder.make("regioscan-sqlite")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/proef.sqlite"
        let database = try SQLiteDatabase(path: path)
        try database.execute("CREATE TABLE t (nr INTEGER, tekst TEXT NOT NULL)")
        // The statements are finalised when they go, before the database closes.
        do {
            let single = try database.prepare("INSERT INTO t VALUES (?, ?)")
            let batch = try SQLiteBatchInsert(database, table: "t", columns: 2)
            for (index, text) in Self.texts.enumerated() {
                try single.insert([.integer(Int64(index)), .text(text)])
                batch.integer(Int64(100 + index))
                batch.text(text)
                try batch.endRow()
            }
            try batch.finish()
        }
        try database.close()
        let reader = try SQLiteReader(path: path)
        let rows = try reader.rows("SELECT nr, hex(tekst), typeof(tekst) FROM t ORDER BY nr")
        #expect(rows.count == 2 * Self.texts.count)
        for row in rows {
            let index = Int(row[0]!)! % 100
            let hex = Self.texts[index].utf8.map { String(format: "%02X", $0) }.joined()
            #expect(row[1] == hex, "tekst \(index)")
            #expect(row[2] == "text")
        }
    }
}
