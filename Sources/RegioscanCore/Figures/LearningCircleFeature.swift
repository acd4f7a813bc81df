/// One characteristic that initiatives can share in a learning circle: a category of a closed dimension or a
/// label of an open vocabulary, by index.
public struct LearningCircleFeature: Sendable, Hashable, Comparable {
    /// The characteristics the grouping compares, in the order a description names them.
    public enum Kind: Int, Sendable, CaseIterable, Hashable {
        case archetype, size, sector, bottleneck, technology, goal

        /// The column name of the contract, used in tables and the database.
        public var column: String {
            switch self {
            case .archetype: DimensionID.archetype.rawValue
            case .size: DimensionID.size.rawValue
            case .sector: DimensionID.sector.rawValue
            case .bottleneck: DimensionID.bottleneck.rawValue
            case .technology: OpenVocabularyID.technology.rawValue
            case .goal: OpenVocabularyID.goal.rawValue
            }
        }
    }

    public var kind: Kind
    /// Index into the taxonomy's categories (closed dimensions) or the dataset's labels (open vocabularies).
    public var index: Int

    public init(kind: Kind, index: Int) {
        self.kind = kind
        self.index = index
    }

    public static func < (lhs: LearningCircleFeature, rhs: LearningCircleFeature) -> Bool {
        lhs.kind != rhs.kind ? lhs.kind.rawValue < rhs.kind.rawValue : lhs.index < rhs.index
    }

    /// The features of one activity (empty cells and "unspecified" add none).
    static func features(of activity: Activity) -> [LearningCircleFeature] {
        var result = [LearningCircleFeature(kind: .archetype, index: activity.archetype)]
        for (kind, values) in [(Kind.size, activity.sizes), (.sector, activity.sectors), (.bottleneck, activity.bottlenecks),
                               (.technology, activity.technologies), (.goal, activity.goals)] {
            for value in values { result.append(LearningCircleFeature(kind: kind, index: value)) }
        }
        return result
    }

    /// The feature's label in the dataset.
    public func label(in dataset: Dataset) -> String {
        switch kind {
        case .archetype: dataset.label(.archetype, index)
        case .size: dataset.label(.size, index)
        case .sector: dataset.label(.sector, index)
        case .bottleneck: dataset.label(.bottleneck, index)
        case .technology: dataset.label(.technology, index)
        case .goal: dataset.label(.goal, index)
        }
    }
}
