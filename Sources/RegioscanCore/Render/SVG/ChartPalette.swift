/// Colours that stay apart for colour-blind readers (Okabe–Ito and Paul Tol's "muted" set), with enough contrast
/// for text on white.
enum ChartPalette {
    static let text = "#1a1a1a"
    static let muted = "#595959"
    static let grid = "#d9d9d9"
    static let notice = "#b30000"
    /// The main bar colour (Okabe–Ito blue) and the grey for "unspecified" categories.
    static let primary = "#0072B2"
    static let unspecified = "#9e9e9e"
    /// A second series beside the first (a province beside the country).
    static let secondary = "#E69F00"

    /// Categorical colours, in order (Okabe–Ito first, then Tol "muted").
    static let categorical = [
        "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#332288", "#999933",
        "#882255", "#44AA99", "#DDCC77", "#000000",
    ]

    /// Ordered classes (Laag → Hoog) from light to dark blue; the unspecified class grey.
    static let ordered = ["#9ecae1", "#4292c6", "#08519c"]

    static func categorical(_ index: Int) -> String { categorical[index % categorical.count] }

    /// A bar's colour: its group's in a grouped figure, grey for the unspecified category, else the main colour.
    static func bar(_ category: String, in figure: Figure) -> String {
        if !figure.groups.isEmpty { return categorical(figure.groupIndex(of: category) ?? figure.groups.count) }
        return category == figure.unspecifiedCategory ? unspecified : primary
    }

    /// The segments of a 100%-stacked bar: light to dark blue for a few ordered classes, else categorical;
    /// the unspecified category grey.
    static func segments(of figure: Figure) -> [String] {
        let ordered = figure.categories.count <= 4
        return figure.categories.enumerated().map { index, category in
            category == figure.unspecifiedCategory ? unspecified
                : (ordered ? self.ordered[min(index, self.ordered.count - 1)] : categorical(index))
        }
    }

    /// Text colour that stays readable on a fill.
    static func textOn(_ fill: String) -> String {
        ["#0072B2", "#332288", "#882255", "#000000", "#08519c", "#4292c6", "#D55E00", "#009E73"].contains(fill)
            ? "#ffffff" : text
    }
}
