/// A rectangle of cells such as a merged range `A2:A5`.
struct CellRange: Hashable {
    var first: CellReference
    var last: CellReference

    init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard let first = parts.first.flatMap({ CellReference(String($0)) }) else { return nil }
        let last = parts.count == 2 ? CellReference(String(parts[1])) : first
        guard parts.count <= 2, let last else { return nil }
        self.first = CellReference(column: min(first.column, last.column), row: min(first.row, last.row))
        self.last = CellReference(column: max(first.column, last.column), row: max(first.row, last.row))
    }

    func contains(row: Int) -> Bool { (first.row...last.row).contains(row) }
}
