/// One normalised activity as read back from `data/activiteiten.csv`, by column name.
public struct SnapshotActivity: Sendable, Hashable {
    /// The column positions, shared by every row of one file.
    let columns: SnapshotColumns
    /// The cells one after the other, and where each one ends (UTF-8 offsets): two allocations a row, where a
    /// dictionary or an array of cells took one per column (the largest allocation of a rerun at 10⁵ activities).
    private let text: String
    private let ends: [UInt32]

    init(columns: SnapshotColumns, cells: [String]) {
        self.columns = columns
        var text = ""
        text.reserveCapacity(cells.reduce(0) { $0 + $1.utf8.count })
        var ends: [UInt32] = []
        ends.reserveCapacity(cells.count)
        for cell in cells {
            text += cell
            ends.append(UInt32(truncatingIfNeeded: text.utf8.count))
        }
        self.text = text
        self.ends = ends
    }

    public init(values: [String: String]) {
        let names = values.keys.sorted()
        self.init(columns: SnapshotColumns(names: names), cells: names.map { values[$0]! })
    }

    public subscript(column: String) -> String {
        guard let index = columns.position[column] else { return "" }
        return withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Every column with its value.
    public var values: [String: String] {
        var values: [String: String] = [:]
        for name in columns.names where values[name] == nil { values[name] = self[name] }
        return values
    }

    /// The columns among `names` whose values differ from `other`'s; compares bytes when both rows come from
    /// files with the same header, without making a string per cell.
    func differingColumns(from other: SnapshotActivity, among names: [String]) -> [String] {
        guard columns.names == other.columns.names else { return names.filter { self[$0] != other[$0] } }
        return names.filter { name in
            guard let index = columns.position[name] else { return false }
            // Equal bytes are equal; other bytes may still be the same text (composed or decomposed accents).
            return withBytes(index) { mine in
                other.withBytes(index) { theirs in
                    !mine.elementsEqual(theirs) && String(decoding: mine, as: UTF8.self) != String(decoding: theirs, as: UTF8.self)
                }
            }
        }
    }

    public static func == (lhs: SnapshotActivity, rhs: SnapshotActivity) -> Bool {
        lhs.columns.names == rhs.columns.names ? lhs.text == rhs.text && lhs.ends == rhs.ends : lhs.values == rhs.values
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(values) }

    private func withBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = index == 0 ? 0 : Int(ends[index - 1])
        let end = index < ends.count ? Int(ends[index]) : start
        if let result = text.utf8.withContiguousStorageIfAvailable({ body(UnsafeBufferPointer(rebasing: $0[start..<end])) }) {
            return result
        }
        return body(UnsafeBufferPointer(start: nil, count: 0))
    }

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
