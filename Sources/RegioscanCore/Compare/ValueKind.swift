/// How a table value reads, and so how a change in it is said: counts and sums as differences, shares as
/// percentage points, averages as decimal differences.
public enum ValueKind: Sendable {
    case count
    case share
    case decimal

    /// Figures whose every value is a share (the stacked-share figures 07, 12, 19, 20) and key figures named as a share (`…aandeel…`).
    static let shareFigures = Set(FigureID.allCases.filter { $0.kind == .stackedShares }.map(\.rawValue))

    static func of(_ cell: FigureCell, values: [String]) -> ValueKind {
        if shareFigures.contains(cell.figure) || cell.category.contains("aandeel") { return .share }
        return values.contains { $0.utf8.contains(UInt8(ascii: ".")) || $0.utf8.contains(UInt8(ascii: "e")) } ? .decimal : .count
    }

    /// The value as a reader sees it: `8.126`, `25,3%`, `1,75`.
    public func text(_ value: Double) -> String {
        switch self {
        case .count: DutchNumber.integer(Int64(value.rounded()))
        case .share: DutchNumber.percent(value, decimals: 1)
        case .decimal: DutchNumber.decimal(value, decimals: 2)
        }
    }

    /// A signed difference: `+12`, `−3`, `+2,4 procentpunt`.
    public func difference(_ value: Double) -> String {
        let sign = value > 0 ? "+" : (value < 0 ? "−" : "±")
        let size = abs(value)
        switch self {
        case .count: return sign + DutchNumber.integer(Int64(size.rounded()))
        case .share: return sign + DutchNumber.decimal(size * 100, decimals: 1) + " " + Messages.percentagePoint
        case .decimal: return sign + DutchNumber.decimal(size, decimals: 2)
        }
    }
}
