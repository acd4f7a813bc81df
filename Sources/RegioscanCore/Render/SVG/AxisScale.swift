/// A linear axis from 0 with "nice" ticks (1, 2, 2.5 or 5 times a power of ten) whose labels do not collide.
struct AxisScale {
    let maximum: Double
    let step: Double

    init(maximum value: Double, length: Double, format: (Double) -> String, labelSize: Double = 11) {
        // NaN or infinity would make the step search below endless.
        let top = value > 0 && value.isFinite ? min(value, Self.largest) : 1
        var step = AxisScale.niceStep(top / 5)
        // Widen the step until tick labels fit with room between them.
        while true {
            let ticks = Int((top / step).rounded(.up))
            let widest = (0...ticks).map { TextMetrics.width(format(Double($0) * step), size: labelSize) }.max() ?? 0
            if Double(ticks) * (widest + 12) <= length || ticks <= 1 { break }
            step = AxisScale.niceStep(step * 1.5)
        }
        self.step = step
        maximum = (top / step).rounded(.up) * step
    }

    var ticks: [Double] {
        stride(from: 0, through: maximum + step / 2, by: step).map { $0 }
    }

    func position(_ value: Double, length: Double) -> Double {
        maximum > 0 ? value / maximum * length : 0
    }

    /// Far beyond any total (reach is bounded per activity), yet with room to multiply a step by ten.
    static let largest = 1e300

    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where factor * magnitude >= raw {
            return max(1, factor * magnitude)
        }
        return max(1, 10 * magnitude)
    }
}
