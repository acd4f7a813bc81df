/// Which warnings belong in which workbook: all in the national one; in a province's, the province's own
/// (`ProvinceWarnings`, the same assignment the province reports use). Sorted out once for all workbooks.
struct WorkbookWarnings: Sendable {
    private let all: [Diagnostic]
    private let perProvince: ProvinceWarnings
    private let provinceNames: [String]

    init(dataset: Dataset, perProvince: ProvinceWarnings) {
        all = dataset.warnings
        self.perProvince = perProvince
        provinceNames = dataset.taxonomy.provinceNames
    }

    func warnings(for subject: WorkbookSubject) -> [Diagnostic] {
        guard case .province(let name) = subject else { return all }
        return provinceNames.firstIndex(of: name).map { perProvince.warnings(province: $0) } ?? []
    }
}
