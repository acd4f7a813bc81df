extension Int64 {
    /// The sum, held at `Int64.max` or `Int64.min` instead of trapping or wrapping: a total that cannot be
    /// represented must never turn into a crash or a negative number. (Reach is bounded per activity, so real
    /// totals stay far below the limit; this is the safety net.)
    public func saturatingAdding(_ other: Int64) -> Int64 {
        let (sum, overflow) = addingReportingOverflow(other)
        guard overflow else { return sum }
        return other > 0 ? .max : .min
    }
}

extension Sequence where Element == Int64 {
    /// The saturating sum of all elements.
    public func saturatingSum() -> Int64 {
        reduce(0) { $0.saturatingAdding($1) }
    }
}
