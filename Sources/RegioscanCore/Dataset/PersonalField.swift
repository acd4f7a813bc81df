/// One personal-data cell (`contactpersoon`, `email`, or a column the settings mark as personal).
/// Kept apart from `Activity` so that nothing public can reach it by accident.
public struct PersonalField: Sendable, Hashable {
    public var column: String
    public var value: String

    public init(column: String, value: String) {
        self.column = column
        self.value = value
    }
}
