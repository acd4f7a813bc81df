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
        var normaliser = RowNormaliser(taxonomy: taxonomy, personalColumns: settings.personalColumns)
        var rows: [ParsedRow] = []
        // The next file is read (decoded, split into cells) on another core while this one is normalised; one
        // file ahead, so that at most two tables are in memory.
        var next = files.first.map(readingJob)
        for position in files.indices {
            let reading = next!
            next = position + 1 < files.count ? readingJob(files[position + 1]) : nil
            let (table, readDiagnostics) = try reading.result()
            diagnostics.append(contentsOf: readDiagnostics)
            guard let table else { continue }
            rows.append(contentsOf: normaliser.normalise(table, diagnostics: &diagnostics))
        }
        let providerLabels = normaliser.registry.labels[.provider] ?? []
        let builder = DatasetBuilder(taxonomy: taxonomy, providerLabels: providerLabels)
        let built = builder.build(rows: rows, diagnostics: &diagnostics)
        for warning in normaliser.registry.warnings() { diagnostics.append(warning) }
        if let renames = RenameListLoader.load(yearFolder: folder.yearFolder(year), diagnostics: &diagnostics) {
            RenameListLoader.check(renames, initiativeIDs: built.initiatives.map(\.id), diagnostics: &diagnostics)
        }
        if built.activities.isEmpty, !files.isEmpty, !diagnostics.hasErrors {
            diagnostics.error(.file, at: SourceLocation(file: folder.yearFolder(year)), Messages.noActivities)
        }
        let dataset = Dataset(year: year, settings: settings, taxonomy: taxonomy, activities: built.activities,
                              initiatives: built.initiatives, openLabels: normaliser.registry.labels,
                              personal: built.personal)
        return finish(dataset, diagnostics, year: year, files: files, strict: strict)
    }

    private static func readingJob(_ file: String) -> BackgroundJob<(CSVTable?, Diagnostics)> {
        BackgroundJob {
            var diagnostics = Diagnostics()
            let table = readTable(file, diagnostics: &diagnostics)
            return (table, diagnostics)
        }
    }

    /// A CSV file or a workbook's sheet, as the same table of rows.
    static func readTable(_ file: String, diagnostics: inout Diagnostics) -> CSVTable? {
        guard let bytes = InputFolder.readBytes(file, diagnostics: &diagnostics) else { return nil }
        guard InputFolder.isCSV(file) else { return XLSXDeliveryReader.read(bytes, file: file, path: file, diagnostics: &diagnostics) }
        let text = DecodedText(bytes: bytes)
        if text.encoding == .windows1252 {
            diagnostics.warning(.encoding, at: SourceLocation(file: file), Messages.windows1252(text.encoding))
        }
        return CSVReader.read(text, file: file, diagnostics: &diagnostics)
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
