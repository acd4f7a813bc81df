/// The closed vocabularies of the contract; each has a file `<rawValue>.yaml` under `Input/taxonomie/`.
public enum DimensionID: String, Sendable, CaseIterable, Hashable, CaseHashed {
    case province = "provincies"
    case archetype = "type_activiteit"
    case sector
    case size = "omvang"
    case phase = "fase"
    case maturity = "maturiteit"
    case digitalForm = "digitaliseringsvorm"
    case bottleneck = "knelpunt"
    case marketFailure = "marktfalen"
}
