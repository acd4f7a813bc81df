/// The providers of an initiative per role, as indices into the dataset's provider labels (sorted, unique).
public struct Roles: Sendable, Hashable {
    public var initiators: [Int]
    public var financiers: [Int]
    public var executors: [Int]

    public init(initiators: [Int] = [], financiers: [Int] = [], executors: [Int] = []) {
        self.initiators = initiators
        self.financiers = financiers
        self.executors = executors
    }

    public subscript(role: Role) -> [Int] {
        switch role {
        case .initiator: initiators
        case .financier: financiers
        case .executor: executors
        }
    }

    /// Every provider in any role, sorted, each once. No set: the figures ask this of every activity, and the
    /// lists are short and already sorted (at 10⁶ activities the sets were a twentieth of the figures' time).
    public var all: [Int] {
        // One filled role is the usual case, and its list already sorted and unique (as the normaliser makes it).
        for list in [initiators, financiers, executors]
        where list.count == initiators.count + financiers.count + executors.count && Self.isStrictlyIncreasing(list) {
            return list
        }
        var merged = initiators + financiers + executors
        merged.sort()
        var kept = 0
        for value in merged where kept == 0 || merged[kept - 1] != value {
            merged[kept] = value
            kept += 1
        }
        merged.removeLast(merged.count - kept)
        return merged
    }

    private static func isStrictlyIncreasing(_ list: [Int]) -> Bool {
        list.indices.dropFirst().allSatisfy { list[$0 - 1] < list[$0] }
    }
}
