/// The rules a province report applies and states, in one place so that the sentences and the selections agree.
public enum ProvinceRules {
    /// A province's share is called different from the national share from this many percentage points on …
    public static let minimumDifference = 0.10
    /// … and only when its base holds at least this many activities (or mentions), so that a named difference
    /// always stands for at least 3 of them: 2 activities make no "relatively strongest".
    public static let minimumBase: Int64 = 30
    /// A bottleneck × target-group combination is common nationally when at least this share of all activities
    /// has it …
    public static let commonShare = 0.05
    /// … and rare in a province when the province has fewer than this fraction of the activities the national
    /// share would give it (absent counts as rare) …
    public static let rareFraction = 0.5
    /// … provided the national share would give it at least this many: in a small province absence says nothing.
    public static let minimumExpected = 2.0
    /// Rounding slack, so that a difference printed as exactly 10 percentage points counts as 10.
    static let tolerance = 1e-9

    /// Whether a difference between a province's share and the national share is named in the text.
    public static func isNotable(difference: Double, base: Int64) -> Bool {
        base >= minimumBase && abs(difference) >= minimumDifference - tolerance
    }
}
