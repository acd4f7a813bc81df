/// A sheet's cells as rows, with helpers to find a table by its header and read its rows.
struct SheetGrid {
    let rows: [[XLSXReader.Value?]]

    init(_ reader: XLSXReader, _ sheet: String) {
        rows = reader.grid(sheet)
    }

    func text(_ row: Int, _ column: Int) -> String? {
        guard row < rows.count, column < rows[row].count, case .text(let text)? = rows[row][column] else { return nil }
        return text
    }

    func number(_ row: Int, _ column: Int) -> Double? {
        guard row < rows.count, column < rows[row].count, case .number(let number)? = rows[row][column] else { return nil }
        return number
    }

    /// Header rows (at or after `start`) that contain every one of `headers`, with each header's column.
    func headerRows(containing headers: [String], from start: Int = 0) -> [(row: Int, columns: [String: Int])] {
        guard start < rows.count else { return [] }
        return (start..<rows.count).compactMap { row in
            var columns: [String: Int] = [:]
            for (column, value) in rows[row].enumerated() {
                if case .text(let text)? = value { columns[text] = column }
            }
            return headers.allSatisfy({ columns[$0] != nil }) ? (row, columns) : nil
        }
    }

    /// The data rows under a header: until the first row without a value in the first column.
    func dataRows(below header: Int) -> [Int] {
        var result: [Int] = []
        var row = header + 1
        while row < rows.count, text(row, 0) != nil {
            result.append(row)
            row += 1
        }
        return result
    }

    /// The data row whose first column is `label`.
    func row(labelled label: String, below header: Int) -> Int? {
        dataRows(below: header).first { text($0, 0) == label }
    }
}
