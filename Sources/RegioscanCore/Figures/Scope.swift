/// The activities a figure row is computed over: the whole country, or one province.
public struct Scope: Sendable {
    /// `Nederland` or the canonical province name.
    public var name: String
    public var activities: [Int]
    public var isNational: Bool { name == FigureRow.national }
}
