/// One row of a figure table as read back from `tabellen/*.csv`: the value stays text, as written.
public struct SnapshotRow: Sendable, Hashable {
    public var cell: FigureCell
    public var value: String

    public init(cell: FigureCell, value: String) {
        self.cell = cell
        self.value = value
    }
}
