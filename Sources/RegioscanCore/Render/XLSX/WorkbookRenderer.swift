import Foundation

/// Writes `werkboeken/Nederland.xlsx` and one workbook per province into a folder.
struct WorkbookRenderer {
    /// Above this many activities a workbook streams its rows instead of holding them in memory: at 100,000
    /// activities the national workbook alone held some 100 MB of cells until it was closed, and at 10⁶ each
    /// province of 40,000 activities (Flevoland, Zeeland) as much again, while the others were written.
    static let constantMemoryThreshold = 20_000
    static let folder = "werkboeken"

    let materials: ReportMaterials
    /// Seconds since 1970 stamped into every workbook, so that identical input gives identical bytes.
    let created: Int
    var constantMemoryThreshold = Self.constantMemoryThreshold

    /// Writes every workbook and returns warnings for text cut at Excel's cell limit.
    func write(into output: String) throws -> [Diagnostic] {
        try OutputJobs.run(jobs(), into: output)
    }

    /// One job per workbook, the national one first; a workbook costs about its activity rows.
    func jobs() -> [OutputJob] {
        let subjects = [WorkbookSubject.national] + materials.dataset.taxonomy.provinceNames.map { .province($0) }
        let warnings = WorkbookWarnings(dataset: materials.dataset, perProvince: materials.provinceWarnings)
        return subjects.map { subject in
            OutputJob(paths: [Self.folder + "/" + Self.fileName(subject.name)], cost: activityCount(subject) + 1_000) { staging in
                try write(subject, warnings: warnings, into: (staging as NSString).appendingPathComponent(Self.folder))
            }
        }
    }

    private func write(_ subject: WorkbookSubject, warnings: WorkbookWarnings, into folder: String) throws -> [Diagnostic] {
        let builder = WorkbookBuilder(materials: materials, subject: subject, warnings: warnings)
        let settings = materials.dataset.settings
        let properties = XLSXWorkbook.Properties(title: builder.workbookTitle, subject: settings.subtitle,
                                                 author: settings.publisher, company: settings.publisher,
                                                 created: Self.safeCreationTime(created))
        let path = (folder as NSString).appendingPathComponent(Self.fileName(subject.name))
        let writer = WorkbookWriter(properties: properties, constantMemory: usesConstantMemory(subject))
        do {
            let cut = try writer.write(builder.sheets(), to: path)
            let note = materials.templates.workbookTexts.text("afgekapt")
            return cut.map { Diagnostic(.warning, .limit, at: SourceLocation(file: "\(Self.folder)/\(Self.fileName(subject.name))", column: $0), note) }
        } catch let error as XLSXError {
            throw RegioscanError.io(path: path, reason: error.description)
        }
    }

    /// Whether the workbook streams its rows: decided by its own activities, since one large province among
    /// small ones needs it while the national average would not say so.
    func usesConstantMemory(_ subject: WorkbookSubject) -> Bool {
        activityCount(subject) > constantMemoryThreshold
    }

    /// The subject's activities, as the key figures counted them.
    func activityCount(_ subject: WorkbookSubject) -> Int {
        Int(materials.figures[.keyFigures].value(province: subject.name, category: KeyFigure.activities)?.count ?? 0)
    }

    /// The canonical province name, with characters that no file system likes replaced.
    static func fileName(_ name: String) -> String {
        String(name.map { "/\\:*?\"<>|".contains($0) ? "-" : $0 }) + ".xlsx"
    }

    /// A fixed creation time: noon UTC on 31 December of the scan year. A year outside `ScanYear.range` never
    /// gets here (it is refused when read); should one slip through, it is held to the range instead of trapping.
    static func creationTime(year: Int) -> Int {
        let year = min(max(year, ScanYear.range.lowerBound), ScanYear.range.upperBound)
        var days = 0
        for past in 1970..<year { days += isLeap(past) ? 366 : 365 }
        days += isLeap(year) ? 365 : 364
        return days * 86_400 + 12 * 3_600
    }

    /// libxlsxwriter reads 0 as "now" and turns the time into a date without checking it: keep it between one
    /// second after 1970 and the end of 9999.
    static func safeCreationTime(_ seconds: Int) -> Int {
        min(max(seconds, 1), SourceDateEpoch.latest)
    }

    private static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }
}
