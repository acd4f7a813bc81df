/// A learning circle as the ecosystem map shows it in its "Leerkringen" tab. This is the hook through which the
/// grouping reaches the map: the map only formats what it is given. `initiatives` are indices into
/// `Dataset.initiatives`.
public struct MapLearningCircle: Sendable, Hashable {
    public var name: String
    public var description: String
    public var initiatives: [Int]

    public init(name: String, description: String, initiatives: [Int]) {
        self.name = name
        self.description = description
        self.initiatives = initiatives
    }
}
