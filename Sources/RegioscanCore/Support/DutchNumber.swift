/// Numbers as Dutch readers write them: `8.126`, `2,6`, `25%`. Independent of the machine's locale.
public enum DutchNumber {
    public static func integer(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    public static func integer(_ value: Int) -> String { integer(Int64(value)) }

    /// A decimal with a fixed number of decimals and a comma: `2,6`.
    public static func decimal(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return "–" }
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

    /// Rounded to a multiple of `step` with "ca." — as reports speak of "ca. 110.000".
    public static func approximately(_ value: Int64, step: Int64 = 1000) -> String {
        "ca. " + integer((value + step / 2) / step * step)
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }
}
