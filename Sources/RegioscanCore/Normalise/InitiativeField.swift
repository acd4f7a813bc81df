/// An initiative-level value as written on one row, for fill-down and conflict checks.
enum InitiativeField: Hashable, Sendable {
    case text(String)
    case providers([Int])
    case flag(Bool)
}
