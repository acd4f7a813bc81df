import Foundation

/// Runs output jobs on all cores, largest first. Every job writes its own files and the warnings come back in
/// the order of the jobs, so the output does not depend on which core ran what.
enum OutputJobs {
    static func run(_ jobs: [OutputJob], into staging: String) throws -> [Diagnostic] {
        try run(jobs, into: staging, queue: queue(for: jobs))
    }

    /// The jobs, largest first; a caller that keeps the queue can `cancel()` the jobs not yet started.
    static func queue(for jobs: [OutputJob]) -> OutputJobQueue {
        OutputJobQueue(order: jobs.indices.sorted { jobs[$0].cost != jobs[$1].cost ? jobs[$0].cost > jobs[$1].cost : $0 < $1 })
    }

    static func run(_ jobs: [OutputJob], into staging: String, queue: OutputJobQueue) throws -> [Diagnostic] {
        try OutputFile.createParents(of: jobs.flatMap(\.paths), in: staging)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, jobs.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = queue.next() {
                var timer = StageTimer()
                queue.finish(index, Result { try jobs[index].write(staging) })
                timer.lap("taak:" + (jobs[index].paths.first ?? "provincies").replacingOccurrences(of: " ", with: "_"))
            }
        }
        return try queue.results(count: jobs.count).flatMap { try $0.get() }
    }
}
