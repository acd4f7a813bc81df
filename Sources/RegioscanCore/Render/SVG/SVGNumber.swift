/// Coordinates for SVG: at most one decimal, `.` as separator, no `-0`; the same on every machine.
enum SVGNumber {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        // Coordinates are a few thousand at most; holding them within ±10^15 keeps `Int64` from trapping.
        let tenths = (min(max(value, -1e15), 1e15) * 10).rounded()
        if tenths == 0 { return "0" }
        let whole = Int64(tenths) / 10
        let fraction = abs(Int64(tenths) % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
