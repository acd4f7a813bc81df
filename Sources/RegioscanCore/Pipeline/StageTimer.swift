import Foundation

/// Opt-in stage timings for benchmarks: with `REGIOSCAN_TIJDEN=1` in the environment every stage of a run prints
/// its wall time to stderr as `tijd<TAB>stage<TAB>seconds`, which `scripts/bench.sh` collects. Off, it costs nothing.
struct StageTimer {
    static let environmentKey = "REGIOSCAN_TIJDEN"

    let enabled: Bool
    private let output: (String) -> Void
    private var start = DispatchTime.now()

    init(enabled: Bool = ProcessInfo.processInfo.environment[Self.environmentKey] == "1",
         output: @escaping (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) {
        self.enabled = enabled
        self.output = output
    }

    /// Reports the time since the previous stage ended (or since the timer started) under `stage`.
    mutating func lap(_ stage: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        let seconds = Double(now.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        output("tijd\t\(stage)\t" + String(format: "%.3f", seconds))
        start = now
    }
}
