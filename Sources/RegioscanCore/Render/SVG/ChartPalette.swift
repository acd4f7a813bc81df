import Foundation

/// Colours that stay apart for colour-blind readers and in greyscale print, with enough contrast for text.
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

    /// Categorical colours, in order: twelve distinct hues that alternate dark and light, so that neighbouring
    /// segments of a stacked bar differ in greyscale too (no two teals or two magentas, no black).
    static let categorical = [
        "#0b4f8a", "#f2c14e", "#1b7837", "#9ecae1", "#8e2c5c", "#b8e186", "#d55e00", "#d9c6e9",
        "#5a3d1e", "#dfc27d", "#6a51a3", "#f4a6b7",
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

    /// Text colour that stays readable on a fill: white on dark fills, near-black on light ones.
    static func textOn(_ fill: String) -> String {
        luminance(fill) < 0.4 ? "#ffffff" : text
    }

    /// Relative luminance (WCAG) of a `#rrggbb` colour, 0 for black to 1 for white; what greyscale print keeps.
    static func luminance(_ colour: String) -> Double {
        let hex = colour.dropFirst()
        guard hex.count == 6, let value = Int(hex, radix: 16) else { return 0 }
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { channel -> Double in
            let c = Double(channel) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}
