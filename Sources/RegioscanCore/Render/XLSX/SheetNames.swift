import Foundation

/// Hands out sheet names Excel accepts: at most 31 characters, none of `[ ] : * ? / \`, no apostrophe at either
/// end, not empty, and unique regardless of case (libxlsxwriter folds only ASCII case).
struct SheetNames {
    private var used = Set<String>()

    mutating func name(for wanted: String) -> String {
        var base = String(wanted.map { XLSXLimits.forbiddenSheetNameCharacters.contains($0) ? "-" : $0 })
            .trimmingCharacters(in: CharacterSet(charactersIn: "' ").union(.whitespacesAndNewlines))
        if base.isEmpty { base = "Blad" }
        base = String(base.prefix(XLSXLimits.maximumSheetNameLength))
        var candidate = base
        var counter = 2
        while used.contains(candidate.lowercased()) || candidate.lowercased() == "history" {
            let suffix = " (\(counter))"
            candidate = String(base.prefix(XLSXLimits.maximumSheetNameLength - suffix.count)) + suffix
            counter += 1
        }
        used.insert(candidate.lowercased())
        return candidate
    }
}
