/// Collects every problem of a run and keeps going, so that one run reports all of them.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public mutating func error(_ kind: DiagnosticKind, at location: SourceLocation, _ message: String) {
        all.append(Diagnostic(.error, kind, at: location, message))
    }

    public mutating func warning(_ kind: DiagnosticKind, at location: SourceLocation, _ message: String) {
        all.append(Diagnostic(.warning, kind, at: location, message))
    }

    public mutating func append(contentsOf other: Diagnostics) {
        all.append(contentsOf: other.all)
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Strict mode: every warning becomes an error.
    public func escalatingWarnings() -> Diagnostics {
        var copy = self
        copy.all = all.map { diagnostic in
            var escalated = diagnostic
            escalated.severity = .error
            return escalated
        }
        return copy
    }

    /// Diagnostics in a stable order: by file, then line, then the order they were found.
    public var sorted: [Diagnostic] {
        all.enumerated()
            .sorted { lhs, rhs in
                if lhs.element.location != rhs.element.location {
                    if lhs.element.location < rhs.element.location { return true }
                    if rhs.element.location < lhs.element.location { return false }
                }
                return lhs.offset < rhs.offset
            }
            .map(\.element)
    }

    /// Number of diagnostics per kind, in the kinds' fixed order.
    public func countByKind(_ severity: Severity) -> [(kind: DiagnosticKind, count: Int)] {
        var counts: [DiagnosticKind: Int] = [:]
        for diagnostic in all where diagnostic.severity == severity {
            counts[diagnostic.kind, default: 0] += 1
        }
        return counts.keys.sorted().map { ($0, counts[$0]!) }
    }
}
