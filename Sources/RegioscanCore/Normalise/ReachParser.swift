import Foundation

/// Parses registered reach as Dutch offices write it: `8.126`, `8 126`, `ca. 4000`.
public enum ReachParser {
    /// The largest reach one activity may register. Ten million is many times the SME population (440,000 by default in
    /// the settings): a larger number is a typing or export error. The bound also keeps every sum far below
    /// the limits of a 64-bit integer: ten million activities at the bound total 10^14.
    public static let maximum: Int64 = 10_000_000

    private static let unknownWords: Set<String> = ["", "onbekend", "n.b.", "n.b", "nb", "?", "-", "\u{2013}", "\u{2014}", "onb.", "onb"]
    private static let approximatePrefixes = ["ongeveer", "circa", "ong.", "ca.", "ca", "+/-", "+-", ">=", "\u{2265}", "~", "\u{00B1}", "\u{2248}", ">"]
    private static let groupSeparators: Set<Character> = [".", " ", "\u{00A0}", "\u{202F}", "\u{2009}"]

    /// `maximum` defaults to the reach bound; other whole-number settings pass their own.
    public static func parse(_ text: String, maximum: Int64 = ReachParser.maximum) -> ReachValue {
        var value = text.trimmed.lowercased()
        if unknownWords.contains(value) { return .unknown }
        var approximate = false
        if let prefix = approximatePrefixes.first(where: { value.hasPrefix($0) }) {
            approximate = true
            value = String(value.dropFirst(prefix.count)).trimmed
        }
        if value.hasSuffix("+") {
            approximate = true
            value = String(value.dropLast()).trimmed
        }
        value = withoutZeroDecimals(value)
        if value.hasPrefix("-") || value.hasPrefix("\u{2212}") {
            return digitsOnly(value.dropFirst()) ? .negative : .notANumber
        }
        if value.contains(",") {
            return digitsOnly(value.filter { $0 != "," && !groupSeparators.contains($0) }) ? .fractional : .notANumber
        }
        guard let digits = groupedDigits(value) else {
            // `12.5` reads as a decimal; `8.1.26` or `8 12` as no number at all.
            let parts = value.split(separator: ".", omittingEmptySubsequences: false)
            return parts.count == 2 && parts.allSatisfy({ digitsOnly($0) }) ? .fractional : .notANumber
        }
        guard let number = Int64(digits), number <= maximum else { return .tooLarge }
        return .known(number, approximate: approximate)
    }

    /// A number column formatted with decimals in Excel gives `8.126,00` or `8126.0`: whole numbers, so the
    /// zero decimals go. (Three zeros after a dot are a thousands group: `1.000` stays.)
    private static func withoutZeroDecimals(_ text: String) -> String {
        for separator in [",", "."] {
            guard let range = text.range(of: separator, options: .backwards) else { continue }
            let decimals = text[range.upperBound...]
            if (1...2).contains(decimals.count), decimals.allSatisfy({ $0 == "0" }), range.lowerBound != text.startIndex {
                return String(text[..<range.lowerBound])
            }
        }
        return text
    }

    /// `8126`, `8.126`, `8 126`, `1.234.567`: the digits, or nil when groups are not of three.
    private static func groupedDigits(_ text: String) -> String? {
        guard !text.isEmpty else { return nil }
        if digitsOnly(text) { return text }
        let groups = text.split(omittingEmptySubsequences: false, whereSeparator: { groupSeparators.contains($0) })
        guard groups.count > 1, let first = groups.first, (1...3).contains(first.count), digitsOnly(first),
              groups.dropFirst().allSatisfy({ $0.count == 3 && digitsOnly($0) }) else { return nil }
        return groups.joined()
    }

    private static func digitsOnly<S: StringProtocol>(_ text: S) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
