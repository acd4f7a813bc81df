/// The row numbers (`nr`) of dimensions and categories in the database: dimensions in contract order, then the
/// open vocabularies; categories numbered on in that order, each dimension's in taxonomy order.
struct DatabaseNumbers {
    /// Open vocabularies with a table of their own in the database (providers have `aanbieder`).
    static let openVocabularies: [OpenVocabularyID] = [.technology, .application, .goal]
    /// The multi-valued closed dimensions, linked through `activiteit_categorie`.
    static let linkedDimensions: [DimensionID] = [.sector, .size, .phase, .maturity, .digitalForm, .bottleneck, .marketFailure]

    // Bases and numbers by case position: these are asked for every category link of every activity, and a
    // dictionary lookup each took a quarter of a second at 10⁶ activities.
    private var closedBase: [Int64] = []
    private var openBase: [Int64?]
    private var openDimension: [Int64?]

    init(dataset: Dataset) {
        var next: Int64 = 1
        for id in DimensionID.allCases {
            closedBase.append(next)
            next += Int64(dataset.taxonomy[id].categories.count)
        }
        openBase = Array(repeating: nil, count: OpenVocabularyID.allCases.count)
        openDimension = Array(repeating: nil, count: OpenVocabularyID.allCases.count)
        for (offset, id) in Self.openVocabularies.enumerated() {
            openBase[id.casePosition] = next
            openDimension[id.casePosition] = Int64(DimensionID.allCases.count + offset + 1)
            next += Int64(dataset.openLabels[id]?.count ?? 0)
        }
    }

    /// Dimensions are numbered in contract order, which is the order of their cases.
    func dimension(_ id: DimensionID) -> Int64 { Int64(id.casePosition + 1) }

    func dimension(_ id: OpenVocabularyID) -> Int64 { openDimension[id.casePosition]! }

    func category(_ id: DimensionID, _ index: Int) -> Int64 { closedBase[id.casePosition] + Int64(index) }
    func category(_ id: OpenVocabularyID, _ index: Int) -> Int64 { openBase[id.casePosition]! + Int64(index) }

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
