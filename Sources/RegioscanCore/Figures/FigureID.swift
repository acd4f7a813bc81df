/// The figures of the national synthesis, numbered as in the 2023 report.
public enum FigureID: String, Sendable, CaseIterable, Hashable, Comparable, CaseHashed {
    case keyFigures = "kerncijfers"
    case reachEffortClasses = "04"
    case quadrant = "05"
    case activitiesPerArchetype = "06"
    case archetypeShares = "07"
    case reachPerSector = "08"
    case reachPerSize = "09"
    case reachPerPhase = "10"
    case reachPerMaturity = "11"
    case maturityShares = "12"
    case activitiesPerDigitalForm = "13"
    case technologyApplicationGoal = "14"
    case activitiesPerBottleneck = "15"
    case commonProviders = "16"
    case providerNetwork = "17"
    case activitiesPerMarketFailure = "18"
    case reachClassShares = "19"
    case effortClassShares = "20"
    case reachPerArchetype = "21"
    case goodPractices = "22"

    /// The figure's number as printed ("6" for figure 06); nil for the key figures.
    public var number: Int? { Int(rawValue) }

    /// `figuur-06`, or `kerncijfers`: the base name of its CSV and SVG files.
    public var fileName: String {
        self == .keyFigures ? rawValue : "figuur-\(rawValue)"
    }

    /// Figure 05 draws figure 04's numbers: it has an SVG but no CSV.
    public var hasTable: Bool { self != .quadrant }
    public var hasDrawing: Bool { self != .keyFigures }

    /// Figures drawn from the modelled classes (`klassen` in type_activiteit.yaml); a theme without classes has none.
    public var needsModelledClasses: Bool {
        [.reachEffortClasses, .quadrant, .reachClassShares, .effortClassShares].contains(self)
    }

    /// How the figure is presented (`FigureDefinitions`).
    public var kind: FigureKind { FigureDefinitions.definition(of: self).kind }
    public var coverage: FigureCoverage { FigureDefinitions.definition(of: self).coverage }
    /// What the figure's values are shares of when scopes are compared; nil for figures without such shares.
    public var shareBase: FigureShareBase? { FigureDefinitions.definition(of: self).shares }
    /// The series a single chart of the figure draws.
    public var chartSeries: String { FigureDefinitions.definition(of: self).chartSeries }

    public static func < (lhs: FigureID, rhs: FigureID) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
