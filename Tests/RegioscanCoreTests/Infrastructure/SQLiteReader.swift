import CSQLite
import Foundation

/// Reads a SQLite file read-only through the C library, for checking what the report wrote.
final class SQLiteReader {
    private var handle: OpaquePointer?

    init(path: String) throws {
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else {
            defer { sqlite3_close(handle) }
            throw ReadError(message: handle.map { String(cString: sqlite3_errmsg($0)) } ?? path)
        }
    }

    deinit { sqlite3_close(handle) }

    struct ReadError: Error { var message: String }

    /// Every row of every statement's result as text (NULL as nil); integers as digits, reals in Swift's shortest
    /// form, so that they compare with the contract's CSV text.
    func rows(_ sql: String) throws -> [[String?]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
            throw ReadError(message: String(cString: sqlite3_errmsg(handle)))
        }
        defer { sqlite3_finalize(statement) }
        var rows: [[String?]] = []
        while true {
            let result = sqlite3_step(statement)
            if result == SQLITE_DONE { break }
            guard result == SQLITE_ROW else { throw ReadError(message: String(cString: sqlite3_errmsg(handle))) }
            rows.append((0..<sqlite3_column_count(statement)).map { column in
                switch sqlite3_column_type(statement, column) {
                case SQLITE_NULL: nil
                case SQLITE_INTEGER: String(sqlite3_column_int64(statement, column))
                case SQLITE_FLOAT: "\(sqlite3_column_double(statement, column))"
                default: String(cString: sqlite3_column_text(statement, column))
                }
            })
        }
        return rows
    }

    func integer(_ sql: String) throws -> Int64? {
        try rows(sql).first?.first.flatMap { $0 }.flatMap { Int64($0) }
    }
}
