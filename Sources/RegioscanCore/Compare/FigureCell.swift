/// Where a value sits: figure (`kerncijfers`, `06`), province, series and category.
public struct FigureCell: Sendable, Hashable {
    public var figure: String
    public var province: String
    public var series: String
    public var category: String

    public init(figure: String, province: String, series: String, category: String) {
        self.figure = figure
        self.province = province
        self.series = series
        self.category = category
    }

    /// `kerncijfers` or the figure number (`06`) from a table's file name (`figuur-06.csv`).
    static func figureName(fileName: String) -> String {
        let base = fileName.hasSuffix(".csv") ? String(fileName.dropLast(4)) : fileName
        return base.hasPrefix("figuur-") ? String(base.dropFirst("figuur-".count)) : base
    }

    /// Figures in report order (`FigureID`), unknown tables after them by name.
    static func figureOrder(_ lhs: String, _ rhs: String) -> Bool {
        let order = FigureID.allCases.map(\.rawValue)
        let left = order.firstIndex(of: lhs) ?? order.count
        let right = order.firstIndex(of: rhs) ?? order.count
        return left != right ? left < right : lhs < rhs
    }

    /// "figuur 6" or "kerncijfers", as a reader names it.
    public var figureTitle: String { Self.title(figure) }

    static func title(_ figure: String) -> String {
        if let number = Int(figure) { return "figuur \(number)" }
        return figure
    }

    /// "Figuur 6" or "Kerncijfers", at the start of a line.
    static func heading(_ figure: String) -> String {
        let text = title(figure)
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
