/// Rows for one table, inserted many at a time with a multi-row `INSERT … VALUES (…), (…), …`. Row by row, SQLite
/// ran, reset and bound its statement once per row; for the 800,000 category links of 10⁵ activities batches take
/// less than half the time. The rows go in in the order they were added, so the file has the same bytes.
final class SQLiteBatchInsert {
    static let rowsPerStatement = 64

    private let database: SQLiteDatabase
    private let table: String
    private let columns: Int
    private let full: SQLiteStatement
    private var pending: [SQLiteStatement.Value] = []

    init(_ database: SQLiteDatabase, table: String, columns: Int) throws {
        self.database = database
        self.table = table
        self.columns = columns
        full = try database.prepare(Self.sql(table: table, columns: columns, rows: Self.rowsPerStatement))
        pending.reserveCapacity(columns * Self.rowsPerStatement)
    }

    func add(_ values: [SQLiteStatement.Value]) throws {
        precondition(values.count == columns, "\(table): \(values.count) waarden voor \(columns) kolommen")
        pending += values
        if pending.count == columns * Self.rowsPerStatement { try flush() }
    }

    /// A row value by value, without an array per row (the activities): `integer`, `text`, … then `endRow()`.
    func integer(_ value: Int64) { pending.append(.integer(value)) }
    func text(_ value: String) { pending.append(.text(value)) }
    func integer(_ value: Int64?) { pending.append(value.map { .integer($0) } ?? .null) }

    func endRow() throws {
        precondition(pending.count % columns == 0, "\(table): een rij heeft \(columns) waarden")
        if pending.count == columns * Self.rowsPerStatement { try flush() }
    }

    func add(_ first: Int64, _ second: Int64, _ third: Int64) throws {
        precondition(columns == 3, "\(table): drie waarden voor \(columns) kolommen")
        pending.append(.integer(first))
        pending.append(.integer(second))
        pending.append(.integer(third))
        if pending.count == columns * Self.rowsPerStatement { try flush() }
    }

    /// Inserts the rows still waiting; call once after the last row.
    func finish() throws {
        guard !pending.isEmpty else { return }
        if pending.count == columns * Self.rowsPerStatement { return try flush() }
        // The last, shorter batch gets a statement of its own length.
        let rows = pending.count / columns
        try database.prepare(Self.sql(table: table, columns: columns, rows: rows)).insert(pending[...])
        pending.removeAll(keepingCapacity: true)
    }

    private func flush() throws {
        try full.insert(pending[...])
        pending.removeAll(keepingCapacity: true)
    }

    private static func sql(table: String, columns: Int, rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        return "INSERT INTO \(table) VALUES " + Array(repeating: row, count: rows).joined(separator: ", ")
    }
}
