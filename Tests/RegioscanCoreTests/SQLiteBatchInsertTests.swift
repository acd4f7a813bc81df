import Foundation
import Testing
@testable import RegioscanCore

/// Rows inserted in batches arrive whole and in order, whatever the count against the batch size.
@Suite("Database: rijen in porties")
struct SQLiteBatchInsertTests {
    @Test(arguments: [0, 1, 63, 64, 65, 130])
    func everyRowArrivesInOrder(count: Int) throws {
        let folder = try TemporaryFolder.make("regioscan-batch")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/t.sqlite"
        let database = try SQLiteDatabase(path: path)
        try database.execute("CREATE TABLE t (a INTEGER, b INTEGER, c INTEGER); CREATE TABLE u (a INTEGER, b TEXT)")
        do {
            // The statements must be gone before the database closes.
            let numbers = try SQLiteBatchInsert(database, table: "t", columns: 3)
            let texts = try SQLiteBatchInsert(database, table: "u", columns: 2)
            for row in 0..<count {
                try numbers.add(Int64(row), Int64(row * 2), Int64(row * 3))
                try texts.add([.integer(Int64(row)), row.isMultiple(of: 2) ? .text("rij \(row) ’") : .null])
            }
            try numbers.finish()
            try texts.finish()
        }
        try database.close()
        let reader = try SQLiteReader(path: path)
        #expect(try reader.rows("SELECT a, b, c FROM t ORDER BY rowid")
            == (0..<count).map { ["\($0)", "\($0 * 2)", "\($0 * 3)"] })
        #expect(try reader.rows("SELECT a, b FROM u ORDER BY rowid")
            == (0..<count).map { ["\($0)", $0.isMultiple(of: 2) ? "rij \($0) ’" : nil] })
    }
}
