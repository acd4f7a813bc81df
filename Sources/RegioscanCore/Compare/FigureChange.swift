/// One table value in two outputs: changed, added (no previous value), removed (no new value) or unchanged.
public struct FigureChange: Sendable, Hashable {
    public let cell: FigureCell
    public let previous: String?
    public let current: String?
    public let kind: ValueKind
    /// The values as numbers, parsed once: every test of a change and every text below reads them.
    public let previousNumber: Double?
    public let currentNumber: Double?

    init(cell: FigureCell, previous: String?, current: String?, kind: ValueKind) {
        self.cell = cell
        self.previous = previous
        self.current = current
        self.kind = kind
        previousNumber = previous.flatMap(Double.init)
        currentNumber = current.flatMap(Double.init)
    }

    public var isChange: Bool {
        guard let previous, let current else { return true }
        if let old = previousNumber, let new = currentNumber { return old != new }
        return previous != current
    }

    /// New minus old; nil for an added or removed row.
    public var difference: Double? {
        guard let old = previousNumber, let new = currentNumber else { return nil }
        return new - old
    }

    public var previousText: String { previousNumber.map(kind.text) ?? previous ?? "" }
    public var currentText: String { currentNumber.map(kind.text) ?? current ?? "" }
    public var differenceText: String { difference.map(kind.difference) ?? "" }

    // The numbers follow from the texts: equal texts are the same value.
    public static func == (lhs: FigureChange, rhs: FigureChange) -> Bool {
        lhs.cell == rhs.cell && lhs.previous == rhs.previous && lhs.current == rhs.current && lhs.kind == rhs.kind
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(cell)
        hasher.combine(previous)
        hasher.combine(current)
        hasher.combine(kind)
    }
}
