/// Every figure of the synthesis, each computed once from the dataset.
public struct FigureSet: Sendable {
    public let figures: [FigureID: Figure]
    /// Similar initiatives from different provinces (`tabellen/leerkringen.csv`), by the rule in the settings.
    public let learningCircles: LearningCircles

    public init(dataset: Dataset) {
        let context = FigureContext(dataset: dataset)
        var figures: [FigureID: Figure] = [:]
        for id in FigureID.allCases { figures[id] = Self.make(id, context) }
        for id in FigureID.allCases {
            figures[id]!.scopeShares = ScopeShareBuilder.shares(of: figures[id]!, keyFigures: figures[.keyFigures]!)
        }
        self.figures = figures
        learningCircles = LearningCircleBuilder.make(dataset, parameters: LearningCircleParameters(settings: dataset.settings))
    }

    public subscript(id: FigureID) -> Figure { figures[id]! }

    /// Only the key figures, for a summary that needs no other figure.
    public static func keyFigures(of dataset: Dataset) -> Figure {
        KeyFiguresBuilder.make(FigureContext(dataset: dataset))
    }

    private static func make(_ id: FigureID, _ context: FigureContext) -> Figure {
        switch id {
        case .keyFigures: KeyFiguresBuilder.make(context)
        case .reachEffortClasses, .quadrant: ModelledClassesBuilder.make(context, id: id)
        case .activitiesPerArchetype: CategoryCountBuilder.make(context, id: id, dimension: .archetype)
        case .archetypeShares: CategoryShareBuilder.archetypes(context)
        case .reachPerSector: CategoryReachBuilder.make(context, id: id, dimension: .sector)
        case .reachPerSize: CategoryReachBuilder.make(context, id: id, dimension: .size)
        case .reachPerPhase: CategoryReachBuilder.make(context, id: id, dimension: .phase)
        case .reachPerMaturity: CategoryReachBuilder.make(context, id: id, dimension: .maturity)
        case .maturityShares: CategoryShareBuilder.maturityMentions(context)
        case .activitiesPerDigitalForm: CategoryCountBuilder.make(context, id: id, dimension: .digitalForm)
        case .technologyApplicationGoal: OpenVocabularyBuilder.make(context)
        case .activitiesPerBottleneck: BottleneckBuilder.make(context)
        case .commonProviders: ProviderTableBuilder.make(context)
        case .providerNetwork: ProviderNetworkBuilder.make(context)
        case .activitiesPerMarketFailure: CategoryCountBuilder.make(context, id: id, dimension: .marketFailure)
        case .reachClassShares: CategoryShareBuilder.modelledClass(context, id: id, attribute: "bereik")
        case .effortClassShares: CategoryShareBuilder.modelledClass(context, id: id, attribute: "inspanning")
        case .reachPerArchetype: ReachPerArchetypeBuilder.make(context)
        case .goodPractices: GoodPracticeBuilder.make(context)
        }
    }
}
