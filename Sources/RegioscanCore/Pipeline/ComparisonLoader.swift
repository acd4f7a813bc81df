import Foundation

/// Resolves `--vergelijk-met`: an earlier scan year in the input folder (computed here, nothing written), or the
/// folder of an earlier output (read as it is). Both are compared the same way, as snapshots.
enum ComparisonLoader {
    static func comparison(with target: String, options: ReportOptions, dataset: Dataset,
                           figures: FigureSet) throws -> YearComparison {
        let input = InputFolder(root: options.input)
        let current = OutputSnapshot.make(name: String(dataset.year), dataset: dataset, figures: figures)
        var renameDiagnostics = Diagnostics()
        let renames = RenameListLoader.load(yearFolder: input.yearFolder(dataset.year), diagnostics: &renameDiagnostics)
        let previous: OutputSnapshot
        let label: String
        if let year = Int(target), target.count == 4, input.years().contains(year) {
            guard year != dataset.year else { throw RegioscanError.usage(Messages.compareSameYear(year)) }
            let loaded = try DatasetLoader.load(input: options.input, year: year, strict: false)
            guard let earlier = loaded.dataset else { throw RegioscanError.invalidInput(loaded.diagnostics) }
            previous = OutputSnapshot.make(name: input.yearFolder(year), dataset: earlier, figures: FigureSet(dataset: earlier))
            label = String(year)
        } else if let snapshot = OutputSnapshot.read(folder: target), !snapshot.tables.isEmpty {
            previous = snapshot
            let name = (target as NSString).lastPathComponent
            label = Int(name).map(String.init) ?? name
        } else {
            throw RegioscanError.usage(Messages.compareTargetMissing(target, input: options.input))
        }
        return YearComparison(previous: previous, previousLabel: label, current: current,
                              currentLabel: String(dataset.year), renames: renames)
    }
}
