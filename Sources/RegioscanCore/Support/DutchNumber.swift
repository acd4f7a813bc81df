/// Numbers as Dutch readers write them: `8.126`, `2,6`, `25%`. Independent of the machine's locale.
public enum DutchNumber {
    /// From 2^53 on every double is a whole number; below it, its whole part and decimals fit an `Int64`.
    static let exactIntegerLimit = 9_007_199_254_740_992.0
    static let maximumDecimals = 6

    public static func integer(_ value: Int64) -> String {
        let digits = grouped(String(value.magnitude))
        return value < 0 ? "-" + digits : digits
    }

    public static func integer(_ value: Int) -> String { integer(Int64(value)) }

    /// A decimal with a fixed number of decimals and a comma: `2,6`. Any double is safe: beyond 2^53 every double
    /// is a whole number and is written from its own digits, never through an `Int64` that could trap.
    public static func decimal(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return "–" }
        let decimals = min(max(decimals, 0), maximumDecimals)
        guard abs(value) < exactIntegerLimit else {
            let zeros = decimals > 0 ? "," + String(repeating: "0", count: decimals) : ""
            return (value < 0 ? "-" : "") + grouped(wholeDigits(abs(value))) + zeros
        }
        let scale = pow10(decimals)
        let scaled = (value * scale).rounded()
        let whole = Int64((scaled / scale).rounded(.towardZero))
        let fraction = Int64(abs(scaled.truncatingRemainder(dividingBy: scale)))
        let sign = scaled < 0 && whole == 0 ? "-" : ""
        guard decimals > 0 else { return sign + integer(whole) }
        let fractionText = String(fraction)
        return sign + integer(whole) + "," + String(repeating: "0", count: decimals - fractionText.count) + fractionText
    }

    /// A share as a whole percentage: `0.2485` → `25%`.
    public static func percent(_ fraction: Double, decimals: Int = 0) -> String {
        decimal(fraction * 100, decimals: decimals) + "%"
    }

    /// Rounded to a multiple of `step` with "ca." — as reports speak of "ca. 110.000". Safe up to `Int64.max`.
    public static func approximately(_ value: Int64, step: Int64 = 1000) -> String {
        guard step > 0 else { return "ca. " + integer(value) }
        let (multiple, overflow) = (value.saturatingAdding(step / 2) / step).multipliedReportingOverflow(by: step)
        return "ca. " + integer(overflow ? value : multiple)
    }

    /// `1234567` → `1.234.567`.
    private static func grouped(_ digits: String) -> String {
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return grouped
    }

    /// The digits of a whole, non-negative double as Swift writes it shortest (`9.223372036854776e+18` gives
    /// `9223372036854776000`): the digits a reader can trust, padded with zeros.
    private static func wholeDigits(_ value: Double) -> String {
        let text = value.description
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerPart = String(pieces[0])
        var fractionPart = pieces.count > 1 ? String(pieces[1]) : ""
        if fractionPart.allSatisfy({ $0 == "0" }) { fractionPart = "" }
        let shift = max(exponent, 0)
        let digits = integerPart + fractionPart.prefix(shift)
            + String(repeating: "0", count: max(shift - fractionPart.count, 0))
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }
}
