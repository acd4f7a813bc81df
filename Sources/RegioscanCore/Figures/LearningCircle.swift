/// One learning circle: similar initiatives from different provinces, with what they all share.
public struct LearningCircle: Sendable, Hashable {
    /// 1, 2, …: the largest circle first.
    public var number: Int
    /// Indices into `Dataset.initiatives`, ordered by initiative ID.
    public var initiatives: [Int]
    /// The provinces (taxonomy indices) where the members have activities, in taxonomy order.
    public var provinces: [Int]
    /// The features every member has, in description order.
    public var sharedFeatures: [LearningCircleFeature]
    /// A short Dutch description made from the shared features.
    public var description: String
    /// The lowest Jaccard similarity between two members (at least the threshold), between 0 and 1.
    public var minimumSimilarity: Double

    public init(number: Int, initiatives: [Int], provinces: [Int], sharedFeatures: [LearningCircleFeature],
                description: String, minimumSimilarity: Double) {
        self.number = number
        self.initiatives = initiatives
        self.provinces = provinces
        self.sharedFeatures = sharedFeatures
        self.description = description
        self.minimumSimilarity = minimumSimilarity
    }
}
