/// Which scopes a figure has rows for.
public enum FigureCoverage: Sendable, Hashable {
    /// Only `Nederland` (05, 17).
    case national
    /// Only the provinces; the national row is a reference outside the table (07, 12, 19, 20).
    case perProvince
    /// `Nederland` and every province.
    case both
}
