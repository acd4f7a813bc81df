import Foundation

/// Masks personal data in a warning's message, because a province report may show none: the personal values of
/// the input, and anything shaped like an e-mail address.
struct PersonalDataMask: Sendable {
    static let mask = "[persoonsgegeven]"
    /// Longest first, so that a name inside a longer value is not masked in pieces.
    private let personal: [String]

    init(dataset: Dataset) {
        var values: Set<String> = []
        for fields in dataset.personal.values {
            for field in fields where field.value.count >= 3 { values.insert(field.value) }
        }
        personal = values.sorted { (lhs: String, rhs: String) -> Bool in
            lhs.count != rhs.count ? lhs.count > rhs.count : lhs < rhs
        }
    }

    func masked(_ warning: Diagnostic) -> Diagnostic {
        var masked = warning
        masked.message = Self.masked(warning.message, personal: personal)
        return masked
    }

    static func masked(_ message: String, personal: [String]) -> String {
        var text = message
        for value in personal where text.contains(value) { text = text.replacingOccurrences(of: value, with: mask) }
        return text.replacingOccurrences(of: "[^\\s\"'<>()]+@[^\\s\"'<>()]+\\.[A-Za-z]{2,}", with: mask,
                                         options: .regularExpression)
    }
}
