import Foundation

/// One report output as a comparison sees it: its figure tables and, where present, the normalised activities,
/// the taxonomy labels used and the report text. Read from an output folder, or made from the files a run is
/// about to write, so that both sides of a comparison are read the same way.
public struct OutputSnapshot: Sendable {
    public static let tablesFolder = "tabellen"
    public static let reportFile = "rapport.md"
    /// Tables in `tabellen/` that are no figure (they have their own columns).
    static let otherTables: Set<String> = [
        DevelopmentCSVRenderer.fileName, LearningCircleCSVRenderer.fileName, NetworkEdgeCSVRenderer.fileName + ".csv",
    ]

    /// The folder (or year) shown in messages.
    public var name: String
    /// Rows by figure (`kerncijfers`, `06`), in file order.
    public var tables: [String: [SnapshotRow]]
    /// `data/activiteiten.csv`; nil when the output has none (an older version of the program).
    public var activityData: ActivityData?
    public var taxonomy: [TaxonomyLabel]?
    public var report: String?
    /// What is missing or unreadable, in plain Dutch, for `wijzigingen.md`.
    public var problems: [String]

    /// Parses the files of an output, by their path inside it. The activity data is kept as bytes and parsed where
    /// it is used: a rerun's comparison first leaves out the rows that did not change (`ActivityRowFilter`).
    public init(name: String, files: [String: [UInt8]]) {
        self.init(name: name, files: files, activityData: files[ActivityDataRenderer.path].map(ActivityData.bytes))
    }

    /// With the activity data given apart (kept in its file, or nil for none).
    init(name: String, files: [String: [UInt8]], activityData: ActivityData?) {
        self.name = name
        var problems: [String] = []
        var tables: [String: [SnapshotRow]] = [:]
        let tableFiles = files.keys.filter { $0.hasPrefix(Self.tablesFolder + "/") && $0.hasSuffix(".csv") }.sorted()
        for path in tableFiles {
            let fileName = (path as NSString).lastPathComponent
            guard !Self.otherTables.contains(fileName) else { continue }
            let figure = FigureCell.figureName(fileName: fileName)
            guard let table = Self.table(files[path]!, file: path), table.header.cells == FigureCSVRenderer.header else {
                problems.append(Messages.tableUnreadable(path))
                continue
            }
            tables[figure] = table.rows.map { row in
                SnapshotRow(cell: FigureCell(figure: figure, province: Self.plain(row[0]), series: Self.plain(row[1]),
                                             category: Self.plain(row[2])), value: row[3])
            }
        }
        if tables.isEmpty { problems.append(Messages.noTables) }
        self.activityData = activityData
        if activityData == nil { problems.append(Messages.noActivityData) }
        taxonomy = files[TaxonomyDataRenderer.path].flatMap { Self.records($0, file: TaxonomyDataRenderer.path) }
            .map { records in
                records.map { TaxonomyLabel(dimension: $0["dimensie"], label: $0["categorie"],
                                            aliases: $0["aliassen"].split(separator: ";")
                                                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }) }
            }
        report = files[Self.reportFile].map { String(decoding: $0, as: UTF8.self) }
        self.tables = tables
        self.problems = problems
    }

    /// Reads an output folder; nil when there is no folder (a first run). With `activitiesInPlace` the activity
    /// data (450 MB at 10⁶ activities) stays in its file and is read in windows where it is compared: for a caller
    /// that compares before the folder can change (a rerun compares before it replaces the output).
    public static func read(folder: String, activitiesInPlace: Bool = false) -> OutputSnapshot? {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        var paths = ((try? manager.contentsOfDirectory(atPath: (folder as NSString).appendingPathComponent(tablesFolder))) ?? [])
            .filter { $0.hasSuffix(".csv") }.map { tablesFolder + "/" + $0 }
        paths += [TaxonomyDataRenderer.path, reportFile]
        var files: [String: [UInt8]] = [:]
        for path in paths {
            if let bytes = FileBytes.read((folder as NSString).appendingPathComponent(path)) { files[path] = bytes }
        }
        let activities = (folder as NSString).appendingPathComponent(ActivityDataRenderer.path)
        let activityData: ActivityData? = activitiesInPlace
            ? (manager.isReadableFile(atPath: activities) ? .file(activities) : nil)
            : FileBytes.read(activities).map(ActivityData.bytes)
        return OutputSnapshot(name: folder, files: files, activityData: activityData)
    }

    /// The snapshot of a computed year, without writing anything: the same tables and data files a run writes.
    public static func make(name: String, dataset: Dataset, figures: FigureSet) -> OutputSnapshot {
        var files: [String: [UInt8]] = [:]
        for id in figures.ids where id.hasTable {
            files["\(tablesFolder)/\(id.fileName).csv"] = Array(FigureCSVRenderer.render(figures[id]).utf8)
        }
        files[ActivityDataRenderer.path] = ActivityDataRenderer.bytes(dataset)
        files[TaxonomyDataRenderer.path] = Array(TaxonomyDataRenderer.render(dataset.taxonomy).utf8)
        return OutputSnapshot(name: name, files: files)
    }

    /// Figures in report order.
    public var figureNames: [String] { tables.keys.sorted(by: FigureCell.figureOrder) }

    /// Every activity of `data/activiteiten.csv`; nil when the output has none or it cannot be read.
    public var activities: [SnapshotActivity]? {
        activityData?.all().flatMap(Self.activityRecords)
    }

    /// The rows of activity data, parsed.
    static func activityRecords(_ bytes: [UInt8]) -> [SnapshotActivity]? {
        activityRecords(DecodedText(bytes: bytes))
    }

    static func activityRecords(_ text: DecodedText) -> [SnapshotActivity]? {
        records(text, file: ActivityDataRenderer.path)
    }

    private static func table(_ bytes: [UInt8], file: String) -> CSVTable? {
        var diagnostics = Diagnostics()
        let table = CSVReader.read(DecodedText(bytes: bytes), file: file, diagnostics: &diagnostics)
        return diagnostics.hasErrors ? nil : table
    }

    /// The rows of a table (activities or taxonomy labels) by column name, without a `'` before formula-like text; read row by row, so that
    /// the whole table is never held as cells.
    private static func records(_ bytes: [UInt8], file: String) -> [SnapshotActivity]? {
        records(DecodedText(bytes: bytes), file: file)
    }

    private static func records(_ text: DecodedText, file: String) -> [SnapshotActivity]? {
        var diagnostics = Diagnostics()
        var records: [SnapshotActivity] = []
        var columns: SnapshotColumns?
        let read = CSVReader.stream(text, file: file, diagnostics: &diagnostics,
                                    header: { columns = SnapshotColumns(names: $0.cells) },
                                    row: { row in
            let header = columns ?? SnapshotColumns(names: [])
            records.append(SnapshotActivity(columns: header, cells: header.names.indices.map { plain(row[$0]) }))
        })
        return read == nil || diagnostics.hasErrors ? nil : records
    }

    /// Undoes the `'` that the CSV puts before text a spreadsheet would read as a formula.
    static func plain(_ text: String) -> String {
        guard text.hasPrefix("'"), let next = text.dropFirst().first, "=+-@".contains(next) else { return text }
        return String(text.dropFirst())
    }
}
