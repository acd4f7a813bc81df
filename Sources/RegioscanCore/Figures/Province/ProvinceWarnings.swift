/// Which warnings belong to which province: those on its rows, and those on other lines (a header, a whole
/// file) of files that hold its rows. Sorted out once, for the province workbooks and the province reports.
struct ProvinceWarnings: Sendable {
    private let perProvince: [Int: [Diagnostic]]

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
        self.perProvince = perProvince
    }

    /// The warnings of the province with this taxonomy index, in the dataset's order.
    func warnings(province: Int) -> [Diagnostic] { perProvince[province] ?? [] }
}
