import Foundation

/// Which warnings belong to which province: those on its rows, and those on other lines (a header, a whole
/// file) of files that hold its rows. Personal data in a message is masked, because a province report may show
/// none.
struct ProvinceWarnings {
    static let mask = "[persoonsgegeven]"
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
        var values: Set<String> = []
        for fields in dataset.personal.values {
            for field in fields where field.value.count >= 3 { values.insert(field.value) }
        }
        // Longest first, so that a name inside a longer value is not masked in pieces.
        let personal = values.sorted { (lhs: String, rhs: String) -> Bool in
            lhs.count != rhs.count ? lhs.count > rhs.count : lhs < rhs
        }
        var perProvince: [Int: [Diagnostic]] = [:]
        for warning in dataset.warnings {
            let provinces: Set<Int>
            if let line = warning.location.line, let province = owner[Line(file: warning.location.file, line: line)] {
                provinces = [province]
            } else {
                provinces = filesOf[warning.location.file] ?? []
            }
            var masked = warning
            masked.message = Self.masked(warning.message, personal: personal)
            for province in provinces { perProvince[province, default: []].append(masked) }
        }
        self.perProvince = perProvince
    }

    func warnings(province: Int) -> [Diagnostic] { perProvince[province] ?? [] }

    /// Personal values of the input, and anything shaped like an e-mail address, replaced by a mask.
    static func masked(_ message: String, personal: [String]) -> String {
        var text = message
        for value in personal where text.contains(value) { text = text.replacingOccurrences(of: value, with: mask) }
        return text.replacingOccurrences(of: "[^\\s\"'<>()]+@[^\\s\"'<>()]+\\.[A-Za-z]{2,}", with: mask,
                                         options: .regularExpression)
    }
}
