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
    /// Similar initiatives from different provinces (`tabellen/leerkringen.csv`), by the rule in the settings.
    /// Waits for them: they are grouped on their own thread, and at 10⁶ activities they are ready seconds after
    /// the other figures, while the workbooks and the database have started.
    public var learningCircles: LearningCircles { circles.value() }
    private let circles: BackgroundJob<LearningCircles>

    public init(dataset: Dataset) {
        let context = FigureContext(dataset: dataset)
        let hasClasses = !dataset.taxonomy.archetypes.classNames.isEmpty
        let ids = FigureID.allCases.filter { hasClasses || !$0.needsModelledClasses }
        self.ids = ids
        omitted = FigureID.allCases.filter { !ids.contains($0) }
        // The figures are independent of each other: both cores build them, each into its own slot, and the
        // learning circles (the largest piece at 10⁶ activities) are grouped beside them.
        circles = BackgroundJob {
            LearningCircleBuilder.make(dataset, parameters: LearningCircleParameters(settings: dataset.settings))
        }
        let built = ParallelResults.map(ids.count) { Self.make(ids[$0], context) }
        var figures = Dictionary(uniqueKeysWithValues: zip(ids, built))
        let provinces = dataset.taxonomy.provinceNames
        for id in ids {
            figures[id]!.scopeShares = ScopeShareBuilder.shares(of: figures[id]!, keyFigures: figures[.keyFigures]!)
            if figures[id]!.shareBases.isEmpty {
                figures[id]!.shareBases = ScopeShareBuilder.bases(of: figures[id]!, keyFigures: figures[.keyFigures]!)
            }
            figures[id]!.provinceRanks = ProvinceRankBuilder.ranks(of: figures[id]!, provinces: provinces)
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
        FigureDefinitions.definition(of: id).make(context)
    }
}
