/// The rule that forms learning circles, with the numbers a user can change in `instellingen.yaml`
/// (`leerkring_drempel`, `leerkring_maximum`). See `docs/keuzes.md` ("Leerkringen").
public struct LearningCircleParameters: Sendable, Equatable {
    /// Two initiatives are similar when the Jaccard similarity of their feature sets is at least this percentage.
    public var thresholdPercent: Int
    /// A circle has at most this many initiatives (a group that can still meet around one table).
    public var maximumInitiatives: Int
    /// A circle has at least this many initiatives …
    public var minimumInitiatives = 3
    /// … from at least this many provinces.
    public var minimumProvinces = 2
    /// Up to this many initiatives every pair is compared; above it only pairs that lie close together in a sort
    /// on their features (the sorted-neighbourhood method), so that the work grows linearly.
    public var allPairsLimit = 2_000
    /// How many following initiatives each initiative is compared with in each sort above `allPairsLimit`.
    public var window = 10

    public init(thresholdPercent: Int = 40, maximumInitiatives: Int = 12) {
        self.thresholdPercent = thresholdPercent
        self.maximumInitiatives = maximumInitiatives
    }

    public init(settings: Settings) {
        self.init(thresholdPercent: settings.learningCircleThreshold, maximumInitiatives: settings.learningCircleMaximum)
    }
}
