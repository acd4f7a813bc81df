/// Every value of the figure tables of two outputs side by side, figure by figure in report order; within a
/// figure the new table's row order, then the rows that disappeared in the old order.
public struct FigureComparison: Sendable {
    /// All values, also unchanged ones (for `ontwikkeling.csv` and the sheet "Ontwikkeling").
    public let values: [FigureChange]
    /// The values that changed, were added or disappeared; found once (each test parses two numbers).
    public let changes: [FigureChange]
    /// Figures only in the new output, and only in the previous one.
    public let figuresAdded: [String]
    public let figuresRemoved: [String]
    /// Changed values of figures present in both outputs (a figure that is new or gone is listed on its own).
    public let changedValues: [FigureChange]
    public let addedRows: [FigureChange]
    public let removedRows: [FigureChange]
    /// Figures with any changed, added or removed value, in report order.
    public let changedFigures: [String]

    public init(previous: OutputSnapshot, current: OutputSnapshot) {
        var values: [FigureChange] = []
        let names = Set(previous.tables.keys).union(current.tables.keys).sorted(by: FigureCell.figureOrder)
        for figure in names {
            let old = previous.tables[figure] ?? []
            let new = current.tables[figure] ?? []
            guard !old.isEmpty || !new.isEmpty else { continue }
            let oldValues = Dictionary(old.map { ($0.cell, $0.value) }, uniquingKeysWith: { first, _ in first })
            let newCells = Set(new.map(\.cell))
            var rows: [(FigureCell, String?, String?)] = new.map { ($0.cell, oldValues[$0.cell], $0.value) }
            rows += old.filter { !newCells.contains($0.cell) }.map { ($0.cell, $0.value, nil) }
            // A value reads as its series and category do in every province and both years: the average of the
            // key figures has decimals, the counts beside it do not.
            var texts: [String: [String]] = [:]
            for row in old + new { texts[row.cell.series + "\u{1F}" + row.cell.category, default: []].append(row.value) }
            // One kind per series and category, decided once rather than again for every province's row.
            var kinds: [String: ValueKind] = [:]
            for (cell, before, after) in rows {
                let key = cell.series + "\u{1F}" + cell.category
                let kind = kinds[key] ?? ValueKind.of(cell, values: texts[key] ?? [])
                kinds[key] = kind
                values.append(FigureChange(cell: cell, previous: before, current: after, kind: kind))
            }
        }
        self.values = values
        let changes = values.filter(\.isChange)
        self.changes = changes
        let added = current.tables.keys.filter { previous.tables[$0] == nil }.sorted(by: FigureCell.figureOrder)
        let removed = previous.tables.keys.filter { current.tables[$0] == nil }.sorted(by: FigureCell.figureOrder)
        figuresAdded = added
        figuresRemoved = removed
        changedValues = changes.filter { $0.previous != nil && $0.current != nil }
        addedRows = changes.filter { $0.previous == nil && !added.contains($0.cell.figure) }
        removedRows = changes.filter { $0.current == nil && !removed.contains($0.cell.figure) }
        var seen: [String] = []
        for change in changedValues + addedRows + removedRows where !seen.contains(change.cell.figure) {
            seen.append(change.cell.figure)
        }
        changedFigures = seen.sorted(by: FigureCell.figureOrder)
    }

    public var isEmpty: Bool { changedFigures.isEmpty && figuresAdded.isEmpty && figuresRemoved.isEmpty }
}
