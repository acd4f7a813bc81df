/// Every figure of the synthesis, each computed once from the dataset.
public struct FigureSet: Sendable {
    public let figures: [FigureID: Figure]
    /// The figures of this run, in report order: every figure, less those whose input the taxonomy lacks.
    public let ids: [FigureID]
    /// Figures left out because the taxonomy has no modelled classes (04, 05, 19, 20); empty otherwise.
    public let omitted: [FigureID]
    /// Initiatives with activities in more than one province, and how many more initiatives the provinces add
    /// up to than the national count (each such initiative counts once in every province where it is active).
    public let initiativeSpread: InitiativeSpread

    public init(dataset: Dataset) {
        let context = FigureContext(dataset: dataset)
        let hasClasses = !dataset.taxonomy.archetypes.classNames.isEmpty
        let ids = FigureID.allCases.filter { hasClasses || !$0.needsModelledClasses }
        self.ids = ids
        omitted = FigureID.allCases.filter { !ids.contains($0) }
        // The figures are independent of each other: both cores build them, each into its own slot.
        let built = ParallelResults.map(ids.count) { Self.make(ids[$0], context) }
        var figures = Dictionary(uniqueKeysWithValues: zip(ids, built))
        for id in ids {
            figures[id]!.scopeShares = ScopeShareBuilder.shares(of: figures[id]!, keyFigures: figures[.keyFigures]!)
        }
        self.figures = figures
        initiativeSpread = InitiativeSpread(context)
    }

    public subscript(id: FigureID) -> Figure { figures[id]! }

    public func contains(_ id: FigureID) -> Bool { figures[id] != nil }

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
