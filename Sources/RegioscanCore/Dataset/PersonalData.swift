/// The personal-data cells of all activities, kept apart from them (see `PersonalField`): the fields of every
/// activity that has any, end to end in one array, with where each activity's fields begin. An array per
/// activity in a dictionary held about 200 bytes per row, 140 MB at 10⁶ rows.
public struct PersonalData: Sendable {
    /// Every field, activity by activity.
    public private(set) var fields: [PersonalField] = []
    /// The activities that have fields, ascending, and where their fields begin in `fields`.
    private var owners: [Int32] = []
    private var starts: [Int32] = []

    public init() {}

    /// From fields per activity index (tests and callers that have them that way).
    public init(_ byActivity: [Int: [PersonalField]]) {
        for (activity, fields) in byActivity.sorted(by: { $0.key < $1.key }) { append(fields, for: activity) }
    }

    /// The fields of an activity after any activity appended before.
    mutating func append(_ fields: [PersonalField], for activity: Int) {
        guard !fields.isEmpty else { return }
        precondition(owners.last.map { Int($0) < activity } ?? true, "persoonsgegevens niet op volgorde van activiteit")
        owners.append(Int32(activity))
        starts.append(Int32(self.fields.count))
        self.fields += fields
    }

    public var isEmpty: Bool { fields.isEmpty }

    /// The fields of the activity with this index; nil when it has none.
    public subscript(activity: Int) -> [PersonalField]? {
        guard let position = position(of: activity) else { return nil }
        return Array(fields[range(position)])
    }

    /// The fields of the activity with this index, without a copy; empty when it has none.
    public func fields(of activity: Int) -> ArraySlice<PersonalField> {
        guard let position = position(of: activity) else { return [] }
        return fields[range(position)]
    }

    /// The fields per activity that has any, in the order of the activities.
    public var values: [[PersonalField]] {
        owners.indices.map { Array(fields[range($0)]) }
    }

    private func range(_ position: Int) -> Range<Int> {
        Int(starts[position])..<(position + 1 < starts.count ? Int(starts[position + 1]) : fields.count)
    }

    /// Binary search: the owners are ascending.
    private func position(of activity: Int) -> Int? {
        var low = 0, high = owners.count
        while low < high {
            let middle = (low + high) / 2
            if Int(owners[middle]) < activity { low = middle + 1 } else { high = middle }
        }
        return low < owners.count && Int(owners[low]) == activity ? low : nil
    }
}
