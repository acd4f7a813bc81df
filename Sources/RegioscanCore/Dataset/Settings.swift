/// Per-year settings (`Input/<jaar>/instellingen.yaml`); every field has a default.
public struct Settings: Sendable, Equatable {
    /// The SME population that "reach as a share of Dutch SMEs" divides by.
    public var smePopulation: Int = 440_000
    /// Providers in at least this many distinct initiatives are listed in figure 16 (national).
    public var providerThresholdNational: Int = 10
    /// The same threshold per province.
    public var providerThresholdProvince: Int = 3
    /// Illustrative sample data: every output says so, visibly.
    public var isSampleData: Bool = false
    public var title: String = "Regioscan Digitalisering MKB"
    public var subtitle: String = "Landelijke synthese"
    /// The year line of the report, e.g. "2023" or "eind 2022 – begin 2023".
    public var yearLine: String
    public var publisher: String = "Ministerie van Economische Zaken en Klimaat"
    /// Extra columns that hold personal data, besides `contactpersoon` and `email`.
    public var personalColumns: [String] = []
    /// Learning circles: the lowest Jaccard similarity, in percent, between two initiatives of one circle.
    public var learningCircleThreshold: Int = 40
    /// Learning circles: the most initiatives in one circle.
    public var learningCircleMaximum: Int = 12
    /// SMEs per province (`mkb_per_provincie`), by canonical province name; empty when not given. Province
    /// reports show reach per 1,000 SMEs only for provinces listed here.
    public var smePerProvince: [String: Int] = [:]

    public init(year: Int) {
        yearLine = String(year)
    }
}
