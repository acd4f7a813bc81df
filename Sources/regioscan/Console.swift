import Foundation
import RegioscanCore

/// Writes diagnostics and progress to the terminal: errors and warnings on stderr, each as `file:line: …`.
enum Console {
    /// Prints every error; warnings too, or only the first `warningLimit` when the rest is in `validatie.md`.
    static func printDiagnostics(_ diagnostics: Diagnostics, warningLimit: Int? = nil) {
        let sorted = diagnostics.sorted
        let errors = sorted.filter { $0.severity == .error }
        let warnings = sorted.filter { $0.severity == .warning }
        var text = ""
        if !warnings.isEmpty {
            text += "Waarschuwingen (\(DutchNumber.integer(warnings.count))):\n"
            let shown = warningLimit.map { Array(warnings.prefix($0)) } ?? warnings
            for warning in shown { text += "  \(warning)\n" }
            if shown.count < warnings.count {
                text += "  … en \(DutchNumber.integer(warnings.count - shown.count)) meer; alle waarschuwingen staan in validatie.md\n"
            }
        }
        if !errors.isEmpty {
            text += "Fouten (\(errors.count)):\n"
            for error in errors { text += "  \(error)\n" }
        }
        writeError(text)
    }

    static func writeError(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
