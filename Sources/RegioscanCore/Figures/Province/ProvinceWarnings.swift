/// Which warnings belong to which province: those on its rows, and those on other lines (a header, a whole
/// file) of files that hold its rows. Sorted out once, for the province workbooks and the province reports.
struct ProvinceWarnings: Sendable {
    private let perProvince: [Int: [Diagnostic]]

    init(dataset: Dataset) {
        // Files by number, looked up only when the file changes from one activity to the next (a file's rows are
        // together); a line is then one integer, not a file name to hash for each of 10⁵ activities.
        var fileNumbers: [String: Int] = [:]
        var owner: [Int: Int] = [:]
        var provincesOf: [[Int]] = []
        var lastFile: String?
        var file = 0
        for activity in dataset.activities {
            if activity.source.file != lastFile {
                lastFile = activity.source.file
                file = fileNumbers[activity.source.file] ?? fileNumbers.count
                if file == fileNumbers.count {
                    fileNumbers[activity.source.file] = file
                    provincesOf.append([])
                }
            }
            owner[Self.key(file, activity.source.line ?? 0)] = activity.province
            if !provincesOf[file].contains(activity.province) { provincesOf[file].append(activity.province) }
        }
        var perProvince: [Int: [Diagnostic]] = [:]
        for warning in dataset.warnings {
            let file = fileNumbers[warning.location.file]
            let provinces: [Int]
            if let file, let line = warning.location.line, let province = owner[Self.key(file, line)] {
                provinces = [province]
            } else {
                provinces = file.map { provincesOf[$0] } ?? []
            }
            for province in provinces { perProvince[province, default: []].append(warning) }
        }
        self.perProvince = perProvince
    }

    private static func key(_ file: Int, _ line: Int) -> Int { file << 40 | line }

    /// The warnings of the province with this taxonomy index, in the dataset's order.
    func warnings(province: Int) -> [Diagnostic] { perProvince[province] ?? [] }
}
