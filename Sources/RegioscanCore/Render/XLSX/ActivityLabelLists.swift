/// The joined labels ("Zorg; Onderwijs") of every list of values that activities hold, made once per run and shared
/// by all workbooks and `data/activiteiten.csv`: the national and the province workbook print the same activity,
/// and a few thousand distinct lists recur over any number of activities. Read-only once built, so the parallel
/// workbooks can share it.
///
/// Activities share the storage of equal lists (the normaliser keeps each distinct list once), so a list is found
/// by the address of its storage and its column, in a table with a cheap hash, before it is hashed by content: at
/// 10⁶ activities hashing every list of every row (twice: workbook and data file) took seconds. The table keeps
/// the lists it knows alive, so no other list can have their address while it exists.
struct ActivityLabelLists: Sendable {
    static let separator = "; "

    /// Per column (closed dimensions, then open vocabularies, by case position) the joined text of each list.
    private var byContent: [[[Int]: Int]]
    /// The joined texts while they are made, then in `joinedTexts`.
    private var texts: [String] = []
    private var joinedTexts = TextArena([])
    /// Open addressing by (storage address, column): the text's index, or -1 for an empty slot.
    private var addresses: [UInt] = []
    private var columns: [Int32] = []
    private var slots: [Int32] = []
    /// The lists whose storage the table is keyed by, kept alive with it.
    private var kept: [[Int]] = []
    /// Labels per column, as `Dataset.label` gives them, without a dictionary lookup and a copy of the taxonomy
    /// entry per cell; the same texts end to end (column `c`, label `i` is `labelTexts[firstLabels[c] + i]`).
    private let labels: [[String]]
    private let labelTexts: TextArena
    private let firstLabels: [Int]

    static let closedColumns: [DimensionID] = [.sector, .size, .phase, .maturity, .digitalForm, .bottleneck, .marketFailure]

    init(dataset: Dataset) {
        labels = DimensionID.allCases.map { id in dataset.taxonomy[id].categories.map(\.label) }
            + OpenVocabularyID.allCases.map { dataset.openLabels[$0] ?? [] }
        labelTexts = TextArena(labels.flatMap { $0 })
        firstLabels = labels.reduce(into: [0]) { firsts, column in firsts.append(firsts.last! + column.count) }
        byContent = Array(repeating: [:], count: labels.count)
        var lists: [(column: Int, values: [Int])] = []
        for activity in dataset.activities {
            lists.removeAll(keepingCapacity: true)
            for dimension in Self.closedColumns { lists.append((Self.column(dimension), activity.categories(dimension))) }
            for (vocabulary, values) in [(OpenVocabularyID.technology, activity.technologies), (.application, activity.applications),
                                         (.goal, activity.goals), (.provider, activity.roles.initiators),
                                         (.provider, activity.roles.financiers), (.provider, activity.roles.executors)] {
                lists.append((Self.column(vocabulary), values))
            }
            for (column, values) in lists where values.count > 1 && find(values, column: column) == nil {
                let index = byContent[column][values] ?? add(values, column: column)
                insert(values, column: column, text: index)
            }
        }
        joinedTexts = TextArena(texts)
        texts = []
    }

    private static func column(_ dimension: DimensionID) -> Int { dimension.casePosition }
    private static func column(_ vocabulary: OpenVocabularyID) -> Int { DimensionID.allCases.count + vocabulary.casePosition }

    private mutating func add(_ values: [Int], column: Int) -> Int {
        texts.append(values.map { labels[column][$0] }.joined(separator: Self.separator))
        byContent[column][values] = texts.count - 1
        return texts.count - 1
    }

    // MARK: Address table

    private static func address(_ values: [Int]) -> UInt {
        values.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
    }

    private static func hash(_ address: UInt, _ column: Int) -> Int {
        // Fibonacci hashing of the address (16-byte aligned) mixed with the column.
        let key = (UInt64(address) >> 4) ^ (UInt64(column) &* 0x9E37_79B9)
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 24)
    }

    private func find(_ values: [Int], column: Int) -> Int? {
        guard !slots.isEmpty else { return nil }
        let address = Self.address(values)
        let mask = slots.count - 1
        var slot = Self.hash(address, column) & mask
        while slots[slot] >= 0 {
            if addresses[slot] == address, columns[slot] == Int32(column) { return Int(slots[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func insert(_ values: [Int], column: Int, text: Int) {
        if (kept.count + 1) * 2 > slots.count { grow() }
        kept.append(values)
        place(Self.address(values), column: column, text: text)
    }

    private mutating func place(_ address: UInt, column: Int, text: Int) {
        let mask = slots.count - 1
        var slot = Self.hash(address, column) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        addresses[slot] = address
        columns[slot] = Int32(column)
        slots[slot] = Int32(text)
    }

    private mutating func grow() {
        let old = (addresses, columns, slots)
        let capacity = max(1_024, slots.count * 2)
        addresses = Array(repeating: 0, count: capacity)
        columns = Array(repeating: 0, count: capacity)
        slots = Array(repeating: -1, count: capacity)
        for slot in old.2.indices where old.2[slot] >= 0 {
            place(old.0[slot], column: Int(old.1[slot]), text: Int(old.2[slot]))
        }
    }

    // MARK: Lookup

    private func joined(_ values: [Int], column: Int) -> String? {
        joinedIndex(values, column: column).map(joinedTexts.string)
    }

    private func joinedIndex(_ values: [Int], column: Int) -> Int? {
        find(values, column: column) ?? byContent[column][values]
    }

    /// The joined labels of a list of two or more values, if an activity of the dataset holds it.
    func joined(_ dimension: DimensionID, _ values: [Int]) -> String? { joined(values, column: Self.column(dimension)) }
    func joined(_ vocabulary: OpenVocabularyID, _ values: [Int]) -> String? { joined(values, column: Self.column(vocabulary)) }

    /// The labels of a list as one text: empty for none, the label for one, the run's join for more (joined here
    /// for a list that no activity of the dataset holds). The dataset is the one the lists were made from.
    func text(_ dimension: DimensionID, _ values: [Int], in dataset: Dataset) -> String {
        text(values, column: Self.column(dimension))
    }

    func text(_ vocabulary: OpenVocabularyID, _ values: [Int], in dataset: Dataset) -> String {
        text(values, column: Self.column(vocabulary))
    }

    private func text(_ values: [Int], column: Int) -> String {
        if values.count == 1 { return labels[column][values[0]] }
        return joined(values, column: column) ?? values.map { labels[column][$0] }.joined(separator: Self.separator)
    }

    // MARK: Writing

    /// The labels of a list as one cell (`text`), from the bytes kept here where the list is known.
    func write<Row: TableRowWriter & ~Copyable>(_ dimension: DimensionID, _ values: [Int], to row: inout Row) {
        write(values, column: Self.column(dimension), to: &row)
    }

    func write<Row: TableRowWriter & ~Copyable>(_ vocabulary: OpenVocabularyID, _ values: [Int], to row: inout Row) {
        write(values, column: Self.column(vocabulary), to: &row)
    }

    /// One label as a cell.
    func writeLabel<Row: TableRowWriter & ~Copyable>(_ dimension: DimensionID, _ index: Int, to row: inout Row) {
        row.text(utf8: labelTexts[firstLabels[Self.column(dimension)] + index])
    }

    private func write<Row: TableRowWriter & ~Copyable>(_ values: [Int], column: Int, to row: inout Row) {
        if values.count == 1 { return row.text(utf8: labelTexts[firstLabels[column] + values[0]]) }
        if let index = joinedIndex(values, column: column) { return row.text(utf8: joinedTexts[index]) }
        row.text(text(values, column: column))
    }
}
