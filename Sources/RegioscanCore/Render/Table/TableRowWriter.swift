/// Takes one table row cell by cell, in column order, and writes it where it goes (a workbook's zip entry, a CSV
/// file). The activity rows are made this way: 10⁵–10⁶ rows per output, where an array of cells per row cost an
/// allocation, a retain and a release per text, and a copy of every cell.
protocol TableRowWriter: ~Copyable {
    mutating func text(_ text: String)
    /// A text given as its UTF-8 bytes (labels kept in a `TextArena`).
    mutating func text(utf8: UnsafeBufferPointer<UInt8>)
    mutating func integer(_ value: Int64)
    /// A cell without a value.
    mutating func empty()
}

/// The cells of a row kept as an array: for the writers that take whole rows (libxlsxwriter, tests).
struct TableCellCollector: TableRowWriter {
    var cells: [TableCell] = []

    mutating func text(_ text: String) { cells.append(.text(text)) }
    mutating func text(utf8: UnsafeBufferPointer<UInt8>) { cells.append(.text(String(decoding: utf8, as: UTF8.self))) }
    mutating func integer(_ value: Int64) { cells.append(.integer(value)) }
    mutating func empty() { cells.append(.empty) }
}
