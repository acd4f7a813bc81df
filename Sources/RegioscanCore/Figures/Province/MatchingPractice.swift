/// Another province's good practice whose activities address gaps of this province.
public struct MatchingPractice: Sendable, Hashable {
    public var practice: GoodPractice
    /// The gaps it addresses, as `ProvinceGap`s of this province.
    public var gaps: [ProvinceGap]
}
