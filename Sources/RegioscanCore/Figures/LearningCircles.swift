/// The learning circles of a scan year: the circles, largest first, and how they were formed.
public struct LearningCircles: Sendable {
    public var circles: [LearningCircle]
    public var parameters: LearningCircleParameters
    /// The provinces of each initiative (taxonomy indices, sorted), by initiative index.
    public var initiativeProvinces: [[Int]]
    /// Whether every pair of initiatives was compared (false above `allPairsLimit`).
    public var comparedAllPairs: Bool

    public init(circles: [LearningCircle], parameters: LearningCircleParameters, initiativeProvinces: [[Int]],
                comparedAllPairs: Bool) {
        self.circles = circles
        self.parameters = parameters
        self.initiativeProvinces = initiativeProvinces
        self.comparedAllPairs = comparedAllPairs
    }

    /// Initiatives that are in a circle.
    public var memberCount: Int { circles.reduce(0) { $0 + $1.initiatives.count } }
}
