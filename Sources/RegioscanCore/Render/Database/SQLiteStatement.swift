import CSQLite

/// A prepared statement: bind the values of one row, `insert()`, repeat. Finalised when released.
final class SQLiteStatement {
    private let statement: OpaquePointer
    private let database: SQLiteDatabase

    /// Tells SQLite to copy bound text (the Swift string's buffer does not outlive the call).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ statement: OpaquePointer, database: SQLiteDatabase) {
        self.statement = statement
        self.database = database
    }

    deinit { sqlite3_finalize(statement) }

    /// One value per `?`, in order.
    enum Value {
        case integer(Int64)
        case real(Double)
        case text(String)
        case null
    }

    /// Binds `values`, runs the statement once and resets it for the next row.
    func insert(_ values: [Value]) throws {
        try insert(values[...])
    }

    /// The same for values kept elsewhere (`SQLiteBatchInsert`).
    func insert(_ values: ArraySlice<Value>) throws {
        for (offset, value) in values.enumerated() {
            let position = Int32(offset + 1)
            let result: Int32
            switch value {
            case .integer(let number): result = sqlite3_bind_int64(statement, position, number)
            case .real(let number): result = sqlite3_bind_double(statement, position, number)
            case .text(let text): result = bind(text, at: position)
            case .null: result = sqlite3_bind_null(statement, position)
            }
            guard result == SQLITE_OK else { throw failure() }
        }
        guard sqlite3_step(statement) == SQLITE_DONE else { throw failure() }
        guard sqlite3_reset(statement) == SQLITE_OK else { throw failure() }
    }

    /// The text's bytes with their length: no C string made for a short string kept inside its value, no `strlen`.
    private func bind(_ text: String, at position: Int32) -> Int32 {
        // SQLite reads a null pointer as NULL: an empty text needs an address.
        guard !text.isEmpty else { return sqlite3_bind_text(statement, position, "", 0, Self.transient) }
        let bound = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                sqlite3_bind_text(statement, position, characters.baseAddress!, Int32(characters.count), Self.transient)
            }
        }
        return bound ?? sqlite3_bind_text(statement, position, text, -1, Self.transient)
    }

    /// The same for a row of integers only (most rows of the database): no array of values per row.
    func insert(_ first: Int64, _ second: Int64, _ third: Int64) throws {
        guard sqlite3_bind_int64(statement, 1, first) == SQLITE_OK, sqlite3_bind_int64(statement, 2, second) == SQLITE_OK,
              sqlite3_bind_int64(statement, 3, third) == SQLITE_OK else { throw failure() }
        guard sqlite3_step(statement) == SQLITE_DONE else { throw failure() }
        guard sqlite3_reset(statement) == SQLITE_OK else { throw failure() }
    }

    private func failure() -> RegioscanError {
        let error = RegioscanError.io(path: database.path, reason: Messages.databaseFailed(database.lastError))
        sqlite3_reset(statement)
        return error
    }
}
