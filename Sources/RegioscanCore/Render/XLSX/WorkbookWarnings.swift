/// Which warnings belong in which workbook: all in the national one; in a province's, those on its rows, and
/// those on other lines (a header, a whole file) of files that hold its rows.
struct WorkbookWarnings {
    let dataset: Dataset

    func warnings(for subject: WorkbookSubject) -> [Diagnostic] {
        guard case .province(let name) = subject,
              let province = dataset.taxonomy.provinceNames.firstIndex(of: name) else { return dataset.warnings }
        var owner: [String: Int] = [:]
        var files = Set<String>()
        for activity in dataset.activities {
            owner[activity.source.fileAndLine] = activity.province
            if activity.province == province { files.insert(activity.source.file) }
        }
        return dataset.warnings.filter { warning in
            if let line = owner[warning.location.fileAndLine], warning.location.line != nil { return line == province }
            return files.contains(warning.location.file)
        }
    }
}
