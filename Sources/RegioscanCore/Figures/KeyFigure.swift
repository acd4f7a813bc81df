/// The categories of the key figures (`tabellen/kerncijfers.csv`), in one place. Values are part of the table
/// contract and keys of `kerncijfers.labels` in figuren.yaml.
public enum KeyFigure {
    public static let initiatives = "initiatieven"
    public static let activities = "activiteiten"
    public static let activitiesPerInitiativeMinimum = "activiteiten_per_initiatief_min"
    public static let activitiesPerInitiativeMaximum = "activiteiten_per_initiatief_max"
    public static let activitiesPerInitiativeMean = "activiteiten_per_initiatief_gemiddeld"
    public static let reachTotal = "bereik_totaal"
    public static let activitiesWithReach = "activiteiten_met_bereik"
    public static let providers = "aanbieders"
    public static let reachShareOfSMEs = "bereik_aandeel_mkb"
}
