import Foundation

/// A run of consecutive delivery files read and normalised by one normaliser (its caches stay warm from file to
/// file), with the problems found and the open labels they named.
struct NormalisedFiles: @unchecked Sendable {
    // @unchecked: the rows are new objects that only the loader touches once these files are done.
    let rows: [ParsedRow]
    let diagnostics: Diagnostics
    let registry: OpenLabelRegistry

    init(files: ArraySlice<String>, taxonomy: Taxonomy, personalColumns: [String]) {
        var diagnostics = Diagnostics()
        var normaliser = RowNormaliser(taxonomy: taxonomy, personalColumns: personalColumns)
        var rows: [ParsedRow] = []
        for file in files {
            rows.append(contentsOf: DatasetLoader.normalise(file, with: &normaliser, diagnostics: &diagnostics))
        }
        self.rows = rows
        self.diagnostics = diagnostics
        registry = normaliser.registry
    }

    /// The files split into at most `count` runs of consecutive files of about equal size in bytes, in order.
    static func runs(_ files: [String], count wanted: Int) -> [ArraySlice<String>] {
        let count = max(min(wanted, files.count), 1)
        let sizes = files.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }
        let total = max(sizes.reduce(0, +), 1)
        var runs: [ArraySlice<String>] = []
        var start = 0
        var sum = 0
        for (index, size) in sizes.enumerated() {
            sum += size
            // Close a run once it holds its share of the bytes, leaving a file for every run still to come.
            let share = total * (runs.count + 1) / count
            if sum >= share, runs.count < count - 1, files.count - index - 1 >= count - runs.count - 1 {
                runs.append(files[start...index])
                start = index + 1
            }
        }
        if start < files.count { runs.append(files[start...]) }
        return runs
    }
}
