/// The three roles a provider can have in an initiative.
public enum Role: String, Sendable, CaseIterable, Hashable, CaseHashed {
    case initiator = "initiatiefnemer"
    case financier
    case executor = "uitvoerder"

    public var column: Column {
        switch self {
        case .initiator: .initiator
        case .financier: .financier
        case .executor: .executor
        }
    }

    /// Dutch label for tables and headings.
    public var label: String {
        switch self {
        case .initiator: "Initiatiefnemer"
        case .financier: "Financier"
        case .executor: "Uitvoerder"
        }
    }
}
