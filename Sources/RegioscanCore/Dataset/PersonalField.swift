/// One personal-data cell (`contactpersoon`, `email`, or a column the settings mark as personal).
/// Kept apart from `Activity` so that nothing public can reach it by accident.
public struct PersonalField: Sendable, Hashable {
    /// The column's header as written in the file (`Telefoon`), or the contract name (`contactpersoon`).
    public var column: String
    /// The column's identity: headers that differ only in case, accents, spaces, `_`, `-` or `.` (`Telefoon` in
    /// one file, `telefoon` in another) are one column, as they are when a file's header is read.
    public var columnKey: String
    public var value: String

    /// `columnKey` may be passed when the caller has it already (it is the same for every row of a file).
    public init(column: String, value: String, columnKey: String? = nil) {
        self.column = column
        self.columnKey = columnKey ?? column.headerKey
        self.value = value
    }
}
