/// Which warnings belong in which workbook: all in the national one; in a province's, those on its rows, and
/// those on other lines (a header, a whole file) of files that hold its rows. Sorted out once for all workbooks.
struct WorkbookWarnings: Sendable {
    private let all: [Diagnostic]
    private let perProvince: [Int: [Diagnostic]]
    private let provinceNames: [String]

    init(dataset: Dataset) {
        struct Line: Hashable {
            var file: String
            var line: Int
        }
        var owner: [Line: Int] = [:]
        var filesOf: [String: Set<Int>] = [:]
        for activity in dataset.activities {
            owner[Line(file: activity.source.file, line: activity.source.line ?? 0)] = activity.province
            filesOf[activity.source.file, default: []].insert(activity.province)
        }
        var perProvince: [Int: [Diagnostic]] = [:]
        for warning in dataset.warnings {
            let provinces: Set<Int>
            if let line = warning.location.line, let province = owner[Line(file: warning.location.file, line: line)] {
                provinces = [province]
            } else {
                provinces = filesOf[warning.location.file] ?? []
            }
            for province in provinces { perProvince[province, default: []].append(warning) }
        }
        all = dataset.warnings
        self.perProvince = perProvince
        provinceNames = dataset.taxonomy.provinceNames
    }

    func warnings(for subject: WorkbookSubject) -> [Diagnostic] {
        guard case .province(let name) = subject else { return all }
        return provinceNames.firstIndex(of: name).flatMap { perProvince[$0] } ?? []
    }
}
