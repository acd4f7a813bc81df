/// The sheet names of a workbook, chosen once so that links in the overview point at the right sheets.
struct WorkbookSheetNames {
    let overview: String
    let keyFigures: String
    let activities: String
    let providers: String
    let validation: String
    let learningCircles: String
    /// Only with `--vergelijk-met`; chosen last, so that it never renames another sheet.
    let development: String
    private let figures: [FigureID: String]
    /// The names given out so far, for the further parts of the activities.
    private let allocator: SheetNames

    init(texts: WorkbookTexts) {
        var allocator = SheetNames()
        overview = allocator.name(for: texts.sheet("overzicht"))
        keyFigures = allocator.name(for: texts.sheet("kerncijfers"))
        var figures: [FigureID: String] = [:]
        for id in FigureID.allCases where id != .keyFigures {
            figures[id] = allocator.name(for: "\(texts.sheet("figuur")) \(id.rawValue)")
        }
        self.figures = figures
        activities = allocator.name(for: texts.sheet("activiteiten"))
        providers = allocator.name(for: texts.sheet("aanbieders"))
        validation = allocator.name(for: texts.sheet("validatie"))
        learningCircles = allocator.name(for: texts.sheets["leerkringen"] ?? "Leerkringen")
        development = allocator.name(for: texts.sheets["ontwikkeling"] ?? "Ontwikkeling")
        self.allocator = allocator
    }

    /// The sheets of the activities: `Activiteiten`, then `Activiteiten 2`, … when they do not fit on one sheet.
    /// The further names are checked like every other name (length, characters, no clash) and come last, so that
    /// they rename no other sheet.
    func activityParts(_ count: Int) -> [String] {
        var allocator = allocator
        return [activities] + (1..<max(count, 1)).map { allocator.name(for: "\(activities) \($0 + 1)") }
    }

    func figure(_ id: FigureID) -> String { figures[id] ?? id.rawValue }
}
