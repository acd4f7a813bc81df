/// Everything a province report says, computed once from the dataset and the national figures: the Report stage
/// only picks and formats from it.
public struct ProvinceProfile: Sendable {
    public var province: String
    /// The file-safe lower-case name for figure files (`noord-holland`).
    public var slug: String
    public var keyFigures: [ProvinceKeyFigure]
    /// One per per-province figure, in report order.
    public var comparisons: [ProvinceComparison]
    /// Every provider with initiatives in the province, most initiatives first (ties by name).
    public var providers: [ProviderCount]
    /// Providers and the initiatives they share within the province, national actors marked: figure 17's
    /// `provinceNetworks` entry, so that report and workbook show one network.
    public var network: ProviderNetwork
    public var sharedInitiatives: [SharedInitiative]
    public var goodPractices: [GoodPractice]
    public var gaps: [ProvinceGap]
    public var matchingPractices: [MatchingPractice]
    public var quality: ProvinceDataQuality

    public func comparison(_ id: FigureID) -> ProvinceComparison? {
        comparisons.first { $0.figure == id }
    }

    public func keyFigure(_ key: String) -> ProvinceKeyFigure? {
        keyFigures.first { $0.key == key }
    }
}
