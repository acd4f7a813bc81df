import Foundation
import RegioscanCore

/// Writes diagnostics and progress to the terminal: errors and warnings on stderr, each as `file:line: …`.
enum Console {
    static func printDiagnostics(_ diagnostics: Diagnostics) {
        let sorted = diagnostics.sorted
        let errors = sorted.filter { $0.severity == .error }
        let warnings = sorted.filter { $0.severity == .warning }
        var text = ""
        if !warnings.isEmpty {
            text += "Waarschuwingen (\(warnings.count)):\n"
            for warning in warnings { text += "  \(warning)\n" }
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
