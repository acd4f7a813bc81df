/// The row numbers (`nr`) of dimensions and categories in the database: dimensions in contract order, then the
/// open vocabularies; categories numbered on in that order, each dimension's in taxonomy order.
struct DatabaseNumbers {
    /// Open vocabularies with a table of their own in the database (providers have `aanbieder`).
    static let openVocabularies: [OpenVocabularyID] = [.technology, .application, .goal]
    /// The multi-valued closed dimensions, linked through `activiteit_categorie`.
    static let linkedDimensions: [DimensionID] = [.sector, .size, .phase, .maturity, .digitalForm, .bottleneck, .marketFailure]

    private var closedBase: [DimensionID: Int64] = [:]
    private var openBase: [OpenVocabularyID: Int64] = [:]

    init(dataset: Dataset) {
        var next: Int64 = 1
        for id in DimensionID.allCases {
            closedBase[id] = next
            next += Int64(dataset.taxonomy[id].categories.count)
        }
        for id in Self.openVocabularies {
            openBase[id] = next
            next += Int64(dataset.openLabels[id]?.count ?? 0)
        }
    }

    func dimension(_ id: DimensionID) -> Int64 { Int64(DimensionID.allCases.firstIndex(of: id)! + 1) }

    func dimension(_ id: OpenVocabularyID) -> Int64 {
        Int64(DimensionID.allCases.count + Self.openVocabularies.firstIndex(of: id)! + 1)
    }

    func category(_ id: DimensionID, _ index: Int) -> Int64 { closedBase[id]! + Int64(index) }
    func category(_ id: OpenVocabularyID, _ index: Int) -> Int64 { openBase[id]! + Int64(index) }

    func category(_ feature: LearningCircleFeature) -> Int64 {
        switch feature.kind {
        case .archetype: category(.archetype, feature.index)
        case .size: category(.size, feature.index)
        case .sector: category(.sector, feature.index)
        case .bottleneck: category(.bottleneck, feature.index)
        case .technology: category(.technology, feature.index)
        case .goal: category(.goal, feature.index)
        }
    }

    /// An activity's (dimension, category) links, ordered by category number, each once. Category numbers of
    /// different dimensions never overlap, so sorting the numbers and dropping repeats is enough (no set per row:
    /// this runs for every activity).
    func links(of activity: Activity, into links: inout [(dimension: Int64, category: Int64)]) {
        links.removeAll(keepingCapacity: true)
        for id in Self.linkedDimensions {
            let dimension = dimension(id)
            for index in activity.categories(id) { links.append((dimension, category(id, index))) }
        }
        for id in Self.openVocabularies {
            let dimension = dimension(id)
            for index in activity.labels(id) { links.append((dimension, category(id, index))) }
        }
        links.sortAndRemoveDuplicates { $0.category }
    }
}
