/// A figure's rows by (province, series, category), built once, so that tables, charts and the workbooks find a
/// cell in constant time rather than by scanning every row for every cell (quadratic with many open labels).
struct FigureRowIndex: Sendable {
    private struct Key: Hashable, Sendable {
        var province: String
        var series: String
        var category: String
    }

    private var positions: [Key: Int] = [:]

    init(_ rows: [FigureRow]) {
        positions.reserveCapacity(rows.count)
        // The first row with a key wins, as a scan from the top would find it.
        for (position, row) in rows.enumerated() {
            let key = Key(province: row.province, series: row.series, category: row.category)
            if positions[key] == nil { positions[key] = position }
        }
    }

    /// The position in `rows` of the first row with this province, series and category.
    func position(province: String, series: String, category: String) -> Int? {
        positions[Key(province: province, series: series, category: category)]
    }
}
