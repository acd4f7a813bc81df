/// The series names of the figures (the `reeks` column of the tables), in one place, so that builders and
/// renderers never spell them twice. Values are part of the table contract.
public enum FigureSeries {
    /// A figure with one series.
    public static let single = ""
    /// Modelled classes (04, 05) and reach per archetype (21).
    public static let reach = "bereik"
    public static let effort = "inspanning"
    /// Figure 21: activities whose reach is known.
    public static let activitiesWithReach = "activiteiten_met_bereik"
    /// Figure 16: initiatives in any role (the roles are series of their own, `Role.rawValue`).
    public static let total = "totaal"
    /// Figure 17: degree centrality.
    public static let degree = "graad"
    /// Figure 22: the activities of a good practice's initiative.
    public static let initiative = "initiatief"
    /// Figure 14's panels.
    public static let technology = "technologie"
    public static let application = "toepassing"
    public static let goal = "doel"
}
