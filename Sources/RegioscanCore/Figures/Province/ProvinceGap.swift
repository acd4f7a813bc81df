/// A bottleneck × target-group combination that is common nationally but rare or absent in a province
/// (`ProvinceRules`).
public struct ProvinceGap: Sendable, Hashable {
    /// `.size` (omvang) or `.sector`.
    public var dimension: DimensionID
    /// A label of figure 15 (`Niet weten`, `Gebrek aan kennis` …).
    public var bottleneck: String
    public var target: String
    public var nationalCount: Int64
    public var nationalShare: Double
    public var provinceCount: Int64
    /// What the national share would give the province: national share × its activities.
    public var expected: Double
}
