import Foundation

/// Approximate text widths for a sans-serif font (Arial/Helvetica metrics), so that charts can size margins and
/// wrap labels without a browser. Over-estimates slightly, which keeps labels from touching.
public enum TextMetrics {
    /// Advance widths in thousandths of an em for ASCII 32–126 (Helvetica/Arial).
    private static let ascii: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ]

    /// Width in pixels of `text` at `size` pixels; bold text is about 7% wider.
    public static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        width(units: units(text), size: size, bold: bold)
    }

    /// Advance widths add up, so a width can be built piece by piece; these two keep it exactly `width(_:)`.
    private static func units<S: StringProtocol>(_ text: S) -> Int {
        var units = 0
        for scalar in text.unicodeScalars {
            units += advance(of: scalar)
        }
        return units
    }

    private static func width(units: Int, size: Double, bold: Bool = false) -> Double {
        Double(units) / 1000 * size * (bold ? 1.07 : 1.0) * 1.03
    }

    private static func advance(of scalar: Unicode.Scalar) -> Int {
        let value = Int(scalar.value)
        if (32...126).contains(value) { return ascii[value - 32] }
        // Accented Latin letters take the width of their base letter; anything else an average width.
        if let base = String(scalar).folding(options: .diacriticInsensitive, locale: nil).unicodeScalars.first,
           base != scalar, (32...126).contains(Int(base.value)) {
            return ascii[Int(base.value) - 32]
        }
        return 600
    }

    /// Splits text into lines no wider than `maximum`, breaking at spaces (and after `/` or `-`);
    /// a word longer than a line is cut with an ellipsis. At most `lines` lines; the last ends in "…" if cut.
    public static func wrap(_ text: String, size: Double, maximum: Double, lines limit: Int = 2) -> [String] {
        let words = text.split(separator: " ").map(String.init)
        let space = units(" ")
        var lines: [String] = []
        var current = ""
        var currentUnits = 0
        for word in words {
            let wordUnits = units(word)
            let candidateUnits = current.isEmpty ? wordUnits : currentUnits + space + wordUnits
            if width(units: candidateUnits, size: size) <= maximum || current.isEmpty {
                current = current.isEmpty ? word : current + " " + word
                currentUnits = candidateUnits
            } else {
                lines.append(current)
                current = word
                currentUnits = wordUnits
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > limit {
            lines = Array(lines.prefix(limit))
            lines[limit - 1] += " …"
        }
        return lines.map { truncate($0, size: size, maximum: maximum) }
    }

    /// Cuts text to fit `maximum` pixels, ending in "…".
    /// Measures each character once (a label of thousands of characters is cut in linear time): the longest
    /// prefix that fits together with the ellipsis.
    public static func truncate(_ text: String, size: Double, maximum: Double) -> String {
        guard width(text, size: size) > maximum else { return text }
        let ellipsis = units("…")
        var kept = 0
        var prefixUnits = 0
        for character in text {
            prefixUnits += units(String(character))
            guard width(units: prefixUnits + ellipsis, size: size) <= maximum else { break }
            kept += 1
        }
        return String(text.prefix(kept)).trimmingCharacters(in: .whitespaces) + "…"
    }
}
