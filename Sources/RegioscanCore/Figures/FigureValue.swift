/// A figure's number: a count or sum, or a share between 0 and 1.
public enum FigureValue: Sendable, Hashable {
    case count(Int64)
    case fraction(Double)

    public var double: Double {
        switch self {
        case .count(let value): Double(value)
        case .fraction(let value): value
        }
    }

    public var count: Int64? {
        if case .count(let value) = self { return value }
        return nil
    }

    /// The contract's table format: `.` as decimal separator, no thousands separator, full precision.
    public var csvText: String {
        switch self {
        case .count(let value): String(value)
        case .fraction(let value): value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
        }
    }

    /// A share of `part` in `whole`; 0 when there is nothing to share (never NaN).
    public static func share(_ part: Int64, of whole: Int64) -> FigureValue {
        .fraction(whole == 0 ? 0 : Double(part) / Double(whole))
    }
}
