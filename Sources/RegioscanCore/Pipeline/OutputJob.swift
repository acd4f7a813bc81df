import Foundation

/// One output that is made and written straight into the staging folder by itself: the workbooks, the database
/// and the large data files. Jobs run side by side on all cores (`OutputJobs`), and a finished file leaves memory
/// at once instead of waiting for the folder swap with every other file.
struct OutputJob: Sendable {
    /// Paths inside the output folder that the job writes; their folders exist before any job starts.
    let paths: [String]
    /// A rough relative cost (about the number of rows written): the largest jobs start first, so that the cores
    /// finish at about the same time.
    let cost: Int
    /// Writes into the staging folder; returns warnings for the run's diagnostics.
    let write: @Sendable (_ staging: String) throws -> [Diagnostic]

    init(paths: [String], cost: Int, write: @escaping @Sendable (_ staging: String) throws -> [Diagnostic]) {
        self.paths = paths
        self.cost = cost
        self.write = write
    }

    /// A job that writes one text file, made whole.
    init(path: String, cost: Int, text: @escaping @Sendable () throws -> String) {
        self.init(paths: [path], cost: cost) { staging in
            try TextFileWriter.write(text(), to: (staging as NSString).appendingPathComponent(path))
            return []
        }
    }

    /// A job that writes one text file piece by piece.
    init(path: String, cost: Int, streaming: @escaping @Sendable (TextFileWriter) throws -> Void) {
        self.init(paths: [path], cost: cost) { staging in
            let writer = try TextFileWriter(path: (staging as NSString).appendingPathComponent(path))
            try streaming(writer)
            try writer.close()
            return []
        }
    }
}
