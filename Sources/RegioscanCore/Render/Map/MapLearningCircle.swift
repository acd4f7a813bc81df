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

extension MapLearningCircle {
    /// The computed circles as the map's tab shows them: "Leerkring 3", its description and its members.
    static func make(_ circles: LearningCircles, word: String) -> [MapLearningCircle] {
        circles.circles.map {
            MapLearningCircle(name: "\(word) \($0.number)", description: $0.description, initiatives: $0.initiatives)
        }
    }
}
