import Foundation
import RegioscanCore

/// Small CSV texts for rule tests: a header of the required columns plus the columns a test adds.
enum FixtureCSV {
    static let requiredHeader = "provincie;initiatief_id;initiatief;activiteit;type_activiteit"

    /// A `;` file with the required columns and extra columns; each row lists values in the same order.
    static func semicolon(extra: [String] = [], rows: [[String]]) -> String {
        let header = ([requiredHeader] + extra).joined(separator: ";")
        return header + "\n" + rows.map { CSVWriter.line($0, delimiter: ";") }.joined()
    }

    /// A valid row for Utrecht.
    static func row(_ id: String = "UT-001", _ name: String = "Initiatief", _ activity: String = "Activiteit",
                    type: String = "Signaleren", province: String = "Utrecht") -> [String] {
        [province, id, name, activity, type]
    }
}

extension Diagnostics {
    /// Diagnostics as `file-name:line: …` without the temporary folder, for readable assertions.
    func texts(_ severity: Severity? = nil) -> [String] {
        all.filter { severity == nil || $0.severity == severity }.map { diagnostic in
            var copy = diagnostic
            copy.location.file = (diagnostic.location.file as NSString).lastPathComponent
            return copy.description
        }
    }
}
