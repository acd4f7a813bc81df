/// One category of a closed dimension as a run used it, from `data/taxonomie.csv`.
public struct TaxonomyLabel: Sendable, Hashable {
    public var dimension: String
    public var label: String
    public var aliases: [String]

    public init(dimension: String, label: String, aliases: [String]) {
        self.dimension = dimension
        self.label = label
        self.aliases = aliases
    }
}
