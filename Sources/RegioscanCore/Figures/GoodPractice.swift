/// A good-practice initiative as a province marked it (figure 22).
public struct GoodPractice: Sendable, Hashable {
    public var province: String
    public var name: String
    public var initiativeID: String
    public var activityCount: Int
    public var activities: [String]
    /// Highlights from the `toelichting` of its activities in that province, one per line or `;`.
    public var highlights: [String]
    public var website: String
}
