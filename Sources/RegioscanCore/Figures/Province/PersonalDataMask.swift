import Foundation

/// Masks personal data in a warning's message, because a province report may show none: the personal values of
/// the input, and anything shaped like an e-mail address.
struct PersonalDataMask: Sendable {
    static let mask = "[persoonsgegeven]"
    /// Longest first, so that a name inside a longer value is not masked in pieces.
    private let personal: [String]
    /// Positions in `personal` by the value's first three characters: a message is only tested against the values
    /// that start somewhere in it, instead of against every personal value of the input (quadratic at 10⁵ rows).
    private let byPrefix: [Substring: [Int]]

    init(dataset: Dataset) {
        self.init(values: dataset.personal.values.flatMap { $0.map(\.value) })
    }

    init(values: [String]) {
        let values = Set(values.filter { $0.count >= Self.prefixLength })
        personal = values.sorted { (lhs: String, rhs: String) -> Bool in
            lhs.count != rhs.count ? lhs.count > rhs.count : lhs < rhs
        }
        var byPrefix: [Substring: [Int]] = [:]
        for (position, value) in personal.enumerated() { byPrefix[value.prefix(Self.prefixLength), default: []].append(position) }
        self.byPrefix = byPrefix
    }

    private static let prefixLength = 3

    func masked(_ warning: Diagnostic) -> Diagnostic {
        var masked = warning
        masked.message = Self.masked(warning.message, personal: candidates(in: warning.message).map { personal[$0] })
        return masked
    }

    /// The positions of the personal values that occur in the message, longest value first.
    private func candidates(in message: String) -> [Int] {
        var found: Set<Int> = []
        var start = message.startIndex
        while start < message.endIndex {
            guard let end = message.index(start, offsetBy: Self.prefixLength, limitedBy: message.endIndex) else { break }
            for position in byPrefix[message[start..<end]] ?? [] where !found.contains(position) {
                if message[start...].hasPrefix(personal[position]) { found.insert(position) }
            }
            start = message.index(after: start)
        }
        return found.sorted()
    }

    // Compiled once: `replacingOccurrences(options: .regularExpression)` compiles the pattern for every message.
    private static let emailPattern = try! NSRegularExpression(pattern: "[^\\s\"'<>()]+@[^\\s\"'<>()]+\\.[A-Za-z]{2,}")

    static func masked(_ message: String, personal: [String]) -> String {
        var text = message
        for value in personal where text.contains(value) { text = text.replacingOccurrences(of: value, with: mask) }
        let range = NSRange(text.startIndex..., in: text)
        return emailPattern.stringByReplacingMatches(in: text, range: range,
                                                    withTemplate: NSRegularExpression.escapedTemplate(for: mask))
    }
}
