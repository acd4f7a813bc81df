/// Merged ranges as the user sees them: the value of the top-left cell shows across the whole range, so it
/// counts for every cell of it (a merged initiative cell fills all rows it spans, like fill-down). Ranges that
/// start in or above the header row are left alone: they are titles, not data.
enum MergedCells {
    static func apply(_ merges: [CellRange], to rows: inout [SheetReader.Row], headerRow: Int, width: Int) {
        guard !merges.isEmpty, !rows.isEmpty, width > 0 else { return }
        var indexOfRow: [Int: Int] = [:]
        for (index, row) in rows.enumerated() { indexOfRow[row.number] = index }
        // Ranges are disjoint in a valid workbook, so all of them together fill at most the whole table;
        // overlapping ranges in a crafted file stop there.
        var budget = rows.count * width
        for range in merges where range.first.row > headerRow && range.first.column < width {
            guard let top = indexOfRow[range.first.row] else { continue }
            let value = rows[top][range.first.column]
            guard !value.isEmpty else { continue }
            let lastColumn = min(range.last.column, width - 1)
            var index = top
            while index < rows.count, rows[index].number <= range.last.row {
                for column in range.first.column...lastColumn {
                    budget -= 1
                    if budget < 0 { return }
                    rows[index][column] = value
                }
                index += 1
            }
        }
    }
}

extension SheetReader.Row {
    subscript(column: Int) -> String {
        get { column < cells.count ? cells[column] : "" }
        set {
            while cells.count <= column { cells.append("") }
            cells[column] = newValue
        }
    }
}
