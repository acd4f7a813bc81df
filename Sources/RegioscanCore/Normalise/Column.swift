/// The columns of the input contract, named as in the contract.
public enum Column: String, Sendable, CaseIterable, Hashable, CaseHashed {
    case province = "provincie"
    case initiativeID = "initiatief_id"
    case initiative = "initiatief"
    case activity = "activiteit"
    case archetype = "type_activiteit"
    case sector
    case size = "omvang"
    case phase = "fase"
    case geography = "geografie"
    case maturity = "maturiteit"
    case digitalForm = "digitaliseringsvorm"
    case technology = "technologie"
    case application = "toepassing"
    case goal = "doel"
    case bottleneck = "knelpunt"
    case marketFailure = "marktfalen"
    case initiator = "initiatiefnemer"
    case financier
    case executor = "uitvoerder"
    case reach = "bereik"
    case goodPractice = "good_practice"
    case note = "toelichting"
    case website
    case contactPerson = "contactpersoon"
    case email

    /// Columns a file must have. `provincie` may instead come from the file name; `initiatief` must be present
    /// as a column but only filled on an initiative's first row.
    public static let required: [Column] = [.province, .initiativeID, .initiative, .activity, .archetype]

    /// Initiative-level columns: filled on one row of an initiative and taken over by its other rows.
    public static let initiativeLevel: [Column] = [.initiative, .initiator, .financier, .executor, .goodPractice, .website]

    public static let roles: [Column] = [.initiator, .financier, .executor]

    public var isPersonal: Bool { self == .contactPerson || self == .email }

    /// The closed vocabulary behind the column, if any.
    public var dimension: DimensionID? {
        switch self {
        case .province: .province
        case .archetype: .archetype
        case .sector: .sector
        case .size: .size
        case .phase: .phase
        case .maturity: .maturity
        case .digitalForm: .digitalForm
        case .bottleneck: .bottleneck
        case .marketFailure: .marketFailure
        default: nil
        }
    }

    /// The open vocabulary behind the column, if any.
    public var openVocabulary: OpenVocabularyID? {
        switch self {
        case .technology: .technology
        case .application: .application
        case .goal: .goal
        case .initiator, .financier, .executor: .provider
        default: nil
        }
    }

    public var isMultiValued: Bool {
        switch self {
        case .sector, .size, .phase, .maturity, .digitalForm, .technology, .application, .goal,
             .bottleneck, .marketFailure, .initiator, .financier, .executor: true
        default: false
        }
    }
}
