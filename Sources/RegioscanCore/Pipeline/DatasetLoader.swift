import Foundation

/// Ingest → normalise → dataset for one scan year: reads the taxonomy, the settings and every CSV file and workbook,
/// reports all problems of all files, and returns the dataset only when there are no errors.
public enum DatasetLoader {
    public static func load(input: String, year requestedYear: Int? = nil, strict: Bool = false) throws -> LoadResult {
        let folder = InputFolder(root: input)
        let year = try resolveYear(folder, requestedYear)
        var diagnostics = Diagnostics()
        let taxonomy = TaxonomyLoader.load(folder: folder.taxonomyFolder(year: year), diagnostics: &diagnostics)
        let settings = SettingsLoader.load(yearFolder: folder.yearFolder(year), year: year,
                                           provinces: taxonomy?.provinces, diagnostics: &diagnostics)
        let (files, skipped) = folder.deliveryFiles(year: year)
        for file in skipped {
            diagnostics.warning(.file, at: SourceLocation(file: file), Messages.lockFileSkipped)
        }
        guard let taxonomy else {
            return finish(nil, diagnostics, year: year, files: files, strict: strict)
        }
        if files.isEmpty {
            diagnostics.error(.file, at: SourceLocation(file: folder.yearFolder(year)), Messages.noCSVFiles(folder.yearFolder(year)))
        }
        // The files are read and normalised on all cores, one run of consecutive files per core (a CSV file row
        // by row, a workbook's sheet as one table); the runs' new labels then join the run's registry in file
        // order, as if the files had been read one by one.
        // Two runs per core, taken by whichever core is free: files' costs differ from their sizes. More runs
        // balance better but each starts with empty caches: three per core took a fifth more time at 10⁵ rows.
        let runs = NormalisedFiles.runs(files, count: 2 * ProcessInfo.processInfo.activeProcessorCount)
        var normalised = ParallelResults.map(runs.count) { index in
            NormalisedFiles(files: runs[index], taxonomy: taxonomy, personalColumns: settings.personalColumns)
        }
        var registry = OpenLabelRegistry(taxonomy: taxonomy)
        var rows: [ParsedRow] = []
        var mappings: [OpenLabelMapping] = []
        for part in normalised {
            diagnostics.append(contentsOf: part.diagnostics)
            mappings.append(registry.absorb(part.registry))
            rows.append(contentsOf: part.rows)
        }
        // Each run's rows take the joined registry's numbers on all cores (the runs hold different rows).
        do {
            let parts = normalised
            _ = ParallelResults.map(parts.count) { [mappings] index in
                var mapping = mappings[index]
                mapping.relabel(parts[index].rows)
                return true
            }
        }
        normalised = []
        let providerLabels = registry.labels[.provider] ?? []
        let builder = DatasetBuilder(taxonomy: taxonomy, providerLabels: providerLabels)
        let built = builder.build(rows: rows, diagnostics: &diagnostics)
        // The parsed rows are freed on another core: on this one it took 25 ms at 10⁵ rows, with the other idle.
        let leftovers = Leftovers(rows: rows)
        rows = []
        DispatchQueue.global(qos: .utility).async { _ = leftovers }
        for warning in registry.warnings() { diagnostics.append(warning) }
        if let renames = RenameListLoader.load(yearFolder: folder.yearFolder(year), diagnostics: &diagnostics) {
            RenameListLoader.check(renames, initiativeIDs: built.initiatives.map(\.id), diagnostics: &diagnostics)
        }
        if built.activities.isEmpty, !files.isEmpty, !diagnostics.hasErrors {
            diagnostics.error(.file, at: SourceLocation(file: folder.yearFolder(year)), Messages.noActivities)
        }
        let dataset = Dataset(year: year, settings: settings, taxonomy: taxonomy, activities: built.activities,
                              initiatives: built.initiatives, openLabels: registry.labels,
                              personal: built.personal)
        return finish(dataset, diagnostics, year: year, files: files, strict: strict)
    }

    /// Parsed rows on their way to be freed on another thread (they are not read there).
    private struct Leftovers: @unchecked Sendable {
        let rows: [ParsedRow]
    }

    /// A CSV file or a workbook's sheet, as the same table of rows.
    static func readTable(_ file: String, diagnostics: inout Diagnostics) -> CSVTable? {
        guard let bytes = InputFolder.readBytes(file, diagnostics: &diagnostics) else { return nil }
        guard InputFolder.isCSV(file) else { return XLSXDeliveryReader.read(bytes, file: file, path: file, diagnostics: &diagnostics) }
        return CSVReader.read(decode(bytes, file: file, diagnostics: &diagnostics), file: file, diagnostics: &diagnostics)
    }

    /// A delivery's rows, normalised: a CSV file row by row as it is read (`RowNormaliser.normalise(_:file:…)`), a
    /// workbook's sheet as a table.
    static func normalise(_ file: String, with normaliser: inout RowNormaliser, diagnostics: inout Diagnostics) -> [ParsedRow] {
        guard InputFolder.isCSV(file) else {
            guard let table = readTable(file, diagnostics: &diagnostics) else { return [] }
            return normaliser.normalise(table, diagnostics: &diagnostics)
        }
        guard let bytes = InputFolder.readBytes(file, diagnostics: &diagnostics) else { return [] }
        return normaliser.normalise(decode(bytes, file: file, diagnostics: &diagnostics), file: file, diagnostics: &diagnostics)
    }

    private static func decode(_ bytes: [UInt8], file: String, diagnostics: inout Diagnostics) -> DecodedText {
        let text = DecodedText(bytes: bytes)
        if text.encoding == .windows1252 {
            diagnostics.warning(.encoding, at: SourceLocation(file: file), Messages.windows1252(text.encoding))
        }
        return text
    }

    private static func finish(_ dataset: Dataset?, _ diagnostics: Diagnostics, year: Int, files: [String],
                               strict: Bool) -> LoadResult {
        let final = strict ? diagnostics.escalatingWarnings() : diagnostics
        var dataset = dataset
        dataset?.warnings = final.sorted.filter { $0.severity == .warning }
        return LoadResult(dataset: final.hasErrors ? nil : dataset, diagnostics: final, year: year, files: files)
    }

    static func resolveYear(_ folder: InputFolder, _ requested: Int?) throws -> Int {
        let years = folder.years()
        if let requested {
            guard ScanYear.contains(requested) else { throw RegioscanError.usage(Messages.yearOutOfRange(requested)) }
            guard years.contains(requested) else {
                throw RegioscanError.usage(Messages.yearMissing(requested, folder: folder.root, available: years))
            }
            return requested
        }
        guard let newest = years.last else {
            let unusable = folder.yearFoldersOutOfRange()
            if !unusable.isEmpty { throw RegioscanError.usage(Messages.yearFoldersOutOfRange(unusable)) }
            throw RegioscanError.usage(Messages.noYears(folder.root))
        }
        return newest
    }
}
