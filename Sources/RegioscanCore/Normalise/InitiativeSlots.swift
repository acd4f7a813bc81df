/// One optional value per initiative column (`Column.initiativeLevel`) for each owner — an initiative, or an
/// initiative in one file — end to end in one array: an array per owner held a heap block each, 100 MB of them at
/// 10⁶ rows.
struct InitiativeSlots<Value> {
    private static var width: Int { Column.initiativeLevel.count }
    private var values: [Value?]

    init(owners: Int = 0) {
        values = Array(repeating: nil, count: owners * Self.width)
    }

    /// Adds an owner with every slot empty; returns its number.
    mutating func appendOwner() -> Int {
        values += repeatElement(nil, count: Self.width)
        return values.count / Self.width - 1
    }

    /// By the column's place in `Column.initiativeLevel`.
    subscript(owner: Int, slot: Int) -> Value? {
        get { values[owner * Self.width + slot] }
        set { values[owner * Self.width + slot] = newValue }
    }

    subscript(owner: Int, column: Column) -> Value? {
        self[owner, initiativeSlots[column.casePosition]]
    }
}

/// Each column's place in `Column.initiativeLevel` (-1 for the others), by its place in `Column.allCases`.
private let initiativeSlots = Column.allCases.map { Column.initiativeLevel.firstIndex(of: $0) ?? -1 }
extension InitiativeSlots: Sendable where Value: Sendable {}
