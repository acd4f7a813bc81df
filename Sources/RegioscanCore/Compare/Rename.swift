/// An initiative that stopped under one id and continues under another.
public struct Rename: Sendable, Hashable {
    public var previous: InitiativeSummary
    public var current: InitiativeSummary
    /// Name similarity and shared providers (0…1); nil for a rename confirmed in `hernoemingen.yaml` only.
    public var score: Double?
    /// Confirmed in `hernoemingen.yaml`; otherwise "waarschijnlijk hernoemd", for confirmation.
    public var confirmed: Bool
}
