import Foundation

/// Opt-in stage timings for benchmarks: with `REGIOSCAN_TIJDEN=1` in the environment every stage of a run prints
/// its wall time to stderr as `tijd<TAB>stage<TAB>seconds`, which `scripts/bench.sh` collects, and (with
/// `memory`) its peak memory as `geheugen<TAB>stage<TAB>allocated MB<TAB>resident MB`. Off, it costs nothing.
struct StageTimer {
    static let environmentKey = "REGIOSCAN_TIJDEN"

    let enabled: Bool
    private let output: (String) -> Void
    private var start = DispatchTime.now()
    private let sampler: MemorySampler?

    init(enabled: Bool = ProcessInfo.processInfo.environment[Self.environmentKey] == "1", memory: Bool = false,
         output: @escaping (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) {
        self.enabled = enabled
        self.output = output
        sampler = enabled && memory ? MemorySampler() : nil
    }

    /// Ends the memory sampling.
    func stop() { sampler?.stop() }

    /// Reports the time since the previous stage ended (or since the timer started) under `stage`.
    mutating func lap(_ stage: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        let seconds = Double(now.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        output("tijd\t\(stage)\t" + String(format: "%.3f", seconds))
        if let peaks = sampler?.takePeaks() { output("geheugen\t\(stage)\t\(peaks.allocated)\t\(peaks.resident)") }
        start = now
    }
}
