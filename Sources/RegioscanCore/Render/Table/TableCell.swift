/// A table cell: text, or a number that each format writes its own way (Dutch text, or a number in Excel).
public enum TableCell: Sendable, Hashable {
    case text(String)
    case integer(Int64)
    /// A share between 0 and 1, shown as a percentage.
    case percent(Double)
    case decimal(Double)
    /// A link to another sheet of a workbook (elsewhere it is plain text).
    case sheetLink(text: String, sheet: String)
    case empty

    /// Dutch text: `8.126`, `25%`, `2,6`.
    public var displayText: String {
        switch self {
        case .text(let text): text
        case .integer(let value): DutchNumber.integer(value)
        case .percent(let value): DutchNumber.percent(value)
        case .decimal(let value): DutchNumber.decimal(value)
        case .sheetLink(let text, _): text
        case .empty: ""
        }
    }

    public var isNumber: Bool {
        switch self {
        case .integer, .percent, .decimal: true
        default: false
        }
    }

    var isLink: Bool {
        if case .sheetLink = self { true } else { false }
    }

    init(_ value: FigureValue, percent: Bool = false) {
        switch value {
        case .count(let count): self = .integer(count)
        case .fraction(let fraction): self = percent ? .percent(fraction) : .decimal(fraction)
        }
    }
}
