/// The kind of a problem, used to group warnings in summaries and in `validatie.md`.
public enum DiagnosticKind: String, Sendable, Hashable, CaseIterable, Comparable, CaseHashed {
    case file
    case encoding
    case dialect
    case header
    case unknownColumn
    case missingValue
    case unknownValue
    case newLabel
    case reach
    case boolean
    case conflict
    case duplicate
    case province
    case goodPractice
    case taxonomy
    case settings
    case template
    case limit

    /// Dutch name of the kind, for summaries.
    public var dutchName: String {
        switch self {
        case .file: "bestand"
        case .encoding: "tekstcodering"
        case .dialect: "CSV-opmaak"
        case .header: "kopregel"
        case .unknownColumn: "onbekende kolom"
        case .missingValue: "ontbrekende waarde"
        case .unknownValue: "onbekende waarde"
        case .newLabel: "nieuw label"
        case .reach: "bereik"
        case .boolean: "ja/nee-waarde"
        case .conflict: "tegenstrijdige initiatiefgegevens"
        case .duplicate: "dubbele activiteit"
        case .province: "provincie"
        case .goodPractice: "good practice"
        case .taxonomy: "taxonomie"
        case .settings: "instellingen"
        case .template: "sjabloon"
        case .limit: "grenswaarde"
        }
    }

    public static func < (lhs: DiagnosticKind, rhs: DiagnosticKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
