public enum Severity: String, Sendable, Hashable {
    case error
    case warning
}
