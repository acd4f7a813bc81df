/// The Dutch texts of all diagnostics. Each stage adds its own in an extension beside its code,
/// so that wording can be checked in one place per stage.
public enum Messages {}
