/// What a `bereik` cell says.
public enum ReachValue: Sendable, Equatable {
    /// Empty, `onbekend`, `n.b.` and the like: unknown, which is not zero.
    case unknown
    /// A whole number; `approximate` when written as `ca. 4000`, `~4000`, `±4000` or `>4000`.
    case known(Int64, approximate: Bool)
    case negative
    case fractional
    case tooLarge
    case notANumber
}
