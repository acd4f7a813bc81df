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
    /// lists are short (at 10⁶ activities three sets per activity were a twentieth of the figures' time).
    public var all: [Int] {
        var all = initiators + financiers + executors
        all.sortAndRemoveDuplicates()
        return all
    }
}
