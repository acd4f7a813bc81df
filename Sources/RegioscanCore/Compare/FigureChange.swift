/// One table value in two outputs: changed, added (no previous value), removed (no new value) or unchanged.
public struct FigureChange: Sendable, Hashable {
    public var cell: FigureCell
    public var previous: String?
    public var current: String?
    public var kind: ValueKind

    public var isChange: Bool {
        guard let previous, let current else { return true }
        if let old = Double(previous), let new = Double(current) { return old != new }
        return previous != current
    }

    public var previousNumber: Double? { previous.flatMap(Double.init) }
    public var currentNumber: Double? { current.flatMap(Double.init) }

    /// New minus old; nil for an added or removed row.
    public var difference: Double? {
        guard let old = previousNumber, let new = currentNumber else { return nil }
        return new - old
    }

    public var previousText: String { previousNumber.map(kind.text) ?? previous ?? "" }
    public var currentText: String { currentNumber.map(kind.text) ?? current ?? "" }
    public var differenceText: String { difference.map(kind.difference) ?? "" }
}

