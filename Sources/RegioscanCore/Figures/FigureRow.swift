/// One tidy row of a figure: `provincie,reeks,categorie,waarde`.
public struct FigureRow: Sendable, Hashable {
    public static let national = "Nederland"

    public var province: String
    public var series: String
    public var category: String
    public var value: FigureValue

    public init(province: String, series: String = "", category: String, value: FigureValue) {
        self.province = province
        self.series = series
        self.category = category
        self.value = value
    }

    public var isNational: Bool { province == Self.national }
}
