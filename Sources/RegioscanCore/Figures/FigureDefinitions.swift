/// The one place where each figure is declared (see `FigureDefinition`).
enum FigureDefinitions {
    static func definition(of id: FigureID) -> FigureDefinition {
        switch id {
        case .keyFigures:
            FigureDefinition(id, .table(.keyFigures), .both) { KeyFiguresBuilder.make($0) }
        case .reachEffortClasses:
            FigureDefinition(id, .table(.classes), .national, series: ModelledClassesBuilder.series) {
                ModelledClassesBuilder.make($0, id: id)
            }
        case .quadrant:
            FigureDefinition(id, .quadrant, .national, series: ModelledClassesBuilder.series) {
                ModelledClassesBuilder.make($0, id: id)
            }
        case .activitiesPerArchetype:
            FigureDefinition(id, .bars, .both, shares: .activities) { CategoryCountBuilder.make($0, id: id, dimension: .archetype) }
        case .archetypeShares:
            FigureDefinition(id, .stackedShares, .perProvince) { CategoryShareBuilder.archetypes($0) }
        case .reachPerSector:
            FigureDefinition(id, .bars, .both, shares: .reach) { CategoryReachBuilder.make($0, id: id, dimension: .sector) }
        case .reachPerSize:
            FigureDefinition(id, .bars, .both, shares: .reach) { CategoryReachBuilder.make($0, id: id, dimension: .size) }
        case .reachPerPhase:
            FigureDefinition(id, .bars, .both, shares: .reach) { CategoryReachBuilder.make($0, id: id, dimension: .phase) }
        case .reachPerMaturity:
            FigureDefinition(id, .bars, .both, shares: .reach) { CategoryReachBuilder.make($0, id: id, dimension: .maturity) }
        case .maturityShares:
            FigureDefinition(id, .stackedShares, .perProvince) { CategoryShareBuilder.maturityMentions($0) }
        case .activitiesPerDigitalForm:
            FigureDefinition(id, .bars, .both, shares: .activities) { CategoryCountBuilder.make($0, id: id, dimension: .digitalForm) }
        case .technologyApplicationGoal:
            FigureDefinition(id, .panels, .both, series: OpenVocabularyBuilder.vocabularies.map(\.1), shares: .activities) {
                OpenVocabularyBuilder.make($0)
            }
        case .activitiesPerBottleneck:
            FigureDefinition(id, .groupedBars, .both, shares: .activities) { BottleneckBuilder.make($0) }
        case .commonProviders:
            FigureDefinition(id, .table(.providers), .both, series: ProviderTableBuilder.series, shares: .initiatives) {
                ProviderTableBuilder.make($0)
            }
        case .providerNetwork:
            FigureDefinition(id, .network, .national, series: [FigureSeries.degree]) { ProviderNetworkBuilder.make($0) }
        case .activitiesPerMarketFailure:
            FigureDefinition(id, .groupedBars, .both, shares: .activities) { CategoryCountBuilder.make($0, id: id, dimension: .marketFailure) }
        case .reachClassShares:
            FigureDefinition(id, .stackedShares, .perProvince) {
                CategoryShareBuilder.modelledClass($0, id: id, attribute: FigureSeries.reach)
            }
        case .effortClassShares:
            FigureDefinition(id, .stackedShares, .perProvince) {
                CategoryShareBuilder.modelledClass($0, id: id, attribute: FigureSeries.effort)
            }
        case .reachPerArchetype:
            FigureDefinition(id, .bars, .both, series: ReachPerArchetypeBuilder.series, chartSeries: FigureSeries.reach,
                             shares: .reach) {
                ReachPerArchetypeBuilder.make($0)
            }
        case .goodPractices:
            FigureDefinition(id, .table(.goodPractices), .perProvince, series: [FigureSeries.initiative]) { GoodPracticeBuilder.make($0) }
        }
    }
}
