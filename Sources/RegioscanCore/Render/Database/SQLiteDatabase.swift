import CSQLite

/// A SQLite database opened for writing through the C library; every call's result is checked.
/// Only `Render/Database/` touches the C functions.
final class SQLiteDatabase {
    private var handle: OpaquePointer?
    let path: String

    /// Once per process, before the first database opens: no memory statistics (see `shim.h`).
    private static let configured: Void = {
        _ = regioscan_sqlite_without_memory_statistics()
        _ = sqlite3_initialize()
    }()

    init(path: String) throws {
        self.path = path
        Self.configured
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let result = sqlite3_open_v2(path, &handle, flags, nil)
        guard result == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(result))
            sqlite3_close(handle)
            handle = nil
            throw RegioscanError.io(path: path, reason: Messages.databaseFailed(message))
        }
    }

    deinit { sqlite3_close(handle) }

    /// Runs one or more statements without parameters.
    func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &error) == SQLITE_OK else {
            let message = error.map { String(cString: $0) } ?? lastError
            sqlite3_free(error)
            throw RegioscanError.io(path: path, reason: Messages.databaseFailed(message))
        }
    }

    func prepare(_ sql: String) throws -> SQLiteStatement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw RegioscanError.io(path: path, reason: Messages.databaseFailed(lastError))
        }
        return SQLiteStatement(statement, database: self)
    }

    /// Closes the file; further calls fail.
    func close() throws {
        guard sqlite3_close(handle) == SQLITE_OK else {
            throw RegioscanError.io(path: path, reason: Messages.databaseFailed(lastError))
        }
        handle = nil
    }

    var lastError: String { handle.map { String(cString: sqlite3_errmsg($0)) } ?? "database gesloten" }
}
