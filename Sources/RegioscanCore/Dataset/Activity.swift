/// One activity: the unit of analysis, with every dimension normalised to category indices.
///
/// Closed dimensions index into the taxonomy's categories; open vocabularies and providers index into the
/// dataset's labels. An empty list means the cell was empty (or said "unspecified").
public struct Activity: Sendable {
    public var province: Int
    public var initiative: Int
    public var name: String
    public var archetype: Int
    public var sectors: [Int] = []
    public var sizes: [Int] = []
    public var phases: [Int] = []
    public var maturities: [Int] = []
    public var digitalForms: [Int] = []
    public var technologies: [Int] = []
    public var applications: [Int] = []
    public var goals: [Int] = []
    public var bottlenecks: [Int] = []
    public var marketFailures: [Int] = []
    public var geography: String = ""
    /// Registered reach; `nil` is unknown, which is not zero.
    public var reach: Int64?
    /// The reach was an estimate (`ca. 600`), counted as the exact number; the province reports count these.
    public var reachIsApproximate = false
    /// Providers after fill-down, from this activity's own rows.
    public var roles = Roles()
    public var isGoodPractice = false
    public var note: String = ""
    public var source: SourceLocation

    public init(province: Int, initiative: Int, name: String, archetype: Int, source: SourceLocation) {
        self.province = province
        self.initiative = initiative
        self.name = name
        self.archetype = archetype
        self.source = source
    }

    /// The categories of a closed dimension (the archetype and province as a list of one).
    public func categories(_ dimension: DimensionID) -> [Int] {
        switch dimension {
        case .province: [province]
        case .archetype: [archetype]
        case .sector: sectors
        case .size: sizes
        case .phase: phases
        case .maturity: maturities
        case .digitalForm: digitalForms
        case .bottleneck: bottlenecks
        case .marketFailure: marketFailures
        }
    }

    /// The labels of an open vocabulary (providers: every role).
    public func labels(_ vocabulary: OpenVocabularyID) -> [Int] {
        switch vocabulary {
        case .technology: technologies
        case .application: applications
        case .goal: goals
        case .provider: roles.all.sorted()
        }
    }
}
