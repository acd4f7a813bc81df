/// The charts of the chapter "Ontwikkeling sinds …", placed in the report with `[[ontwikkeling 01]]` and written
/// as `figuren/ontwikkeling-01.svg`.
enum DevelopmentChart: String, CaseIterable, Sendable {
    /// Activities per province, then and now.
    case activities = "01"
    /// Registered reach per province, then and now.
    case reach = "02"
    /// The percentage-point changes of the share figures in the scope.
    case shares = "03"

    /// `ontwikkeling-01`: the base name of the SVG file and the key of its texts in `figuren.yaml`.
    var fileName: String { "ontwikkeling-\(rawValue)" }

    /// The key figure each bar chart plots, and the one its base line counts.
    var keyFigure: String? {
        switch self {
        case .activities: "activiteiten"
        case .reach: "bereik_totaal"
        case .shares: nil
        }
    }

    var baseKeyFigure: String { self == .reach ? "activiteiten_met_bereik" : "activiteiten" }
}
