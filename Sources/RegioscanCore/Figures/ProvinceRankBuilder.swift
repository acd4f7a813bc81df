/// Each province's place among the provinces by share, per series and category: 1 for the largest share, equal
/// shares share a place ("1, 2, 2, 4"). A province without a row counts as a share of 0. Only figures whose
/// shares put the provinces on one scale rank; providers (16) differ per province and do not.
enum ProvinceRankBuilder {
    static func ranks(of figure: Figure, provinces: [String]) -> [FigureRow] {
        let shares: [FigureRow]
        switch figure.id.kind {
        case .stackedShares: shares = figure.rows
        case .table(.providers): return []
        default: shares = figure.scopeShares.filter { !$0.isNational }
        }
        guard !shares.isEmpty else { return [] }
        var cells: [Cell: [String: Double]] = [:]
        var order: [Cell] = []
        for row in shares {
            let cell = Cell(series: row.series, category: row.category)
            if cells[cell] == nil { order.append(cell) }
            cells[cell, default: [:]][row.province] = row.value.double
        }
        return order.flatMap { cell -> [FigureRow] in
            let values = cells[cell]!
            let all = provinces.map { values[$0] ?? 0 }
            return provinces.map { province in
                let share = values[province] ?? 0
                let place = all.filter { $0 > share }.count + 1
                return FigureRow(province: province, series: cell.series, category: cell.category, value: .count(Int64(place)))
            }
        }
    }

    private struct Cell: Hashable {
        var series: String
        var category: String
    }
}
