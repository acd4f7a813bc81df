/// One normalised activity as read back from `data/activiteiten.csv`, by column name.
public struct SnapshotActivity: Sendable, Hashable {
    /// The column positions, shared by every row of one file: a row holds its cells only, not a dictionary of
    /// its own (at 10⁵ activities the dictionaries were the largest allocation of a run).
    let columns: SnapshotColumns
    let cells: [String]

    init(columns: SnapshotColumns, cells: [String]) {
        self.columns = columns
        self.cells = cells
    }

    public init(values: [String: String]) {
        let names = values.keys.sorted()
        self.init(columns: SnapshotColumns(names: names), cells: names.map { values[$0]! })
    }

    public subscript(column: String) -> String {
        guard let index = columns.position[column], index < cells.count else { return "" }
        return cells[index]
    }

    /// Every column with its value.
    public var values: [String: String] {
        Dictionary(zip(columns.names, cells), uniquingKeysWith: { first, _ in first })
    }

    public static func == (lhs: SnapshotActivity, rhs: SnapshotActivity) -> Bool {
        lhs.columns.names == rhs.columns.names ? lhs.cells == rhs.cells : lhs.values == rhs.values
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(values) }

    public var initiativeID: String { self["initiatief_id"] }
    public var initiative: String { self["initiatief"] }
    public var name: String { self["activiteit"] }
    public var province: String { self["provincie"] }
    public var source: String { self["bron"] }

    /// Providers of every role, as listed.
    public var providers: [String] {
        ["initiatiefnemer", "financier", "uitvoerder"].flatMap { column in
            self[column].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    /// Matching ignores case and repeated spaces in ids and names, as the duplicate check does.
    public var key: ActivityKey {
        ActivityKey(initiativeID: initiativeID.lowercased(), activity: ActivityKey.normalised(name))
    }
}
