import Foundation

/// Masks personal data in a warning's message, because a province report may show none: the personal values of
/// the input, and anything shaped like an e-mail address.
struct PersonalDataMask: Sendable {
    static let mask = "[persoonsgegeven]"
    /// Longest first, so that a name inside a longer value is not masked in pieces.
    private let personal: [String]
    /// Positions in `personal` by the first three UTF-8 bytes of the value: a message is only tested against the
    /// values that start somewhere in it, instead of against every personal value of the input (quadratic at 10⁵
    /// rows). Bytes, not characters: the messages quote the input's own bytes, and a byte key costs no text index.
    private let byPrefix: [UInt32: [Int]]
    /// The first two bytes of every value, as bits: most places in a message start no value and need no lookup.
    private let firstPairs: [UInt64]
    /// The values' UTF-8 bytes one after the other, and where each value ends: compared with `memcmp` instead of
    /// through a `String`'s UTF-8 view.
    private let bytes: [UInt8]
    private let ends: [Int]

    init(dataset: Dataset) {
        self.init(values: dataset.personal.fields.map(\.value))
    }

    init(values: [String]) {
        // Each value's length in characters counted once: counting in the sort's comparisons was most of a run's
        // province profiles at 10⁵ activities.
        let values = Set(values).compactMap { value -> (text: String, length: Int)? in
            let length = value.count
            return length >= Self.prefixLength ? (value, length) : nil
        }
        personal = values.sorted { lhs, rhs in
            lhs.length != rhs.length ? lhs.length > rhs.length : lhs.text < rhs.text
        }.map(\.text)
        var byPrefix: [UInt32: [Int]] = [:]
        var firstPairs = [UInt64](repeating: 0, count: 65_536 / 64)
        for (position, value) in personal.enumerated() {
            let bytes = Array(value.utf8.prefix(Self.prefixLength))
            byPrefix[Self.key(bytes[0], bytes[1], bytes[2]), default: []].append(position)
            let pair = Int(bytes[0]) << 8 | Int(bytes[1])
            firstPairs[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        self.byPrefix = byPrefix
        self.firstPairs = firstPairs
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for value in personal {
            bytes.append(contentsOf: value.utf8)
            ends.append(bytes.count)
        }
        self.bytes = bytes
        self.ends = ends
    }

    /// Values shorter than three characters are not masked: too many ordinary words would go.
    private static let prefixLength = 3

    private static func key(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> UInt32 {
        UInt32(first) << 16 | UInt32(second) << 8 | UInt32(third)
    }

    func masked(_ warning: Diagnostic) -> Diagnostic {
        var masked = warning
        masked.message = Self.masked(warning.message, personal: candidates(in: warning.message).map { personal[$0] })
        return masked
    }

    /// The positions of the personal values that occur in the message, longest value first.
    private func candidates(in message: String) -> [Int] {
        guard !byPrefix.isEmpty else { return [] }
        var message = message
        var found: [Int] = []
        message.withUTF8 { message in
            guard message.count >= Self.prefixLength else { return }
            self.bytes.withUnsafeBufferPointer { values in
                for start in 0...(message.count - Self.prefixLength) {
                    let pair = Int(message[start]) << 8 | Int(message[start + 1])
                    guard firstPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0,
                          let positions = byPrefix[Self.key(message[start], message[start + 1], message[start + 2])]
                    else { continue }
                    for position in positions {
                        let valueStart = position == 0 ? 0 : ends[position - 1]
                        let length = ends[position] - valueStart
                        guard length <= message.count - start,
                              memcmp(message.baseAddress! + start, values.baseAddress! + valueStart, length) == 0
                        else { continue }
                        found.append(position)
                    }
                }
            }
        }
        found.sortAndRemoveDuplicates()
        return found
    }

    // Compiled once: `replacingOccurrences(options: .regularExpression)` compiles the pattern for every message.
    private static let emailPattern = try! NSRegularExpression(pattern: "[^\\s\"'<>()]+@[^\\s\"'<>()]+\\.[A-Za-z]{2,}")

    static func masked(_ message: String, personal: [String]) -> String {
        var text = message
        for value in personal where text.contains(value) { text = text.replacingOccurrences(of: value, with: mask) }
        // An address needs an `@`: most messages have none, and the expression is slow to run.
        guard text.utf8.contains(UInt8(ascii: "@")) else { return text }
        let range = NSRange(text.startIndex..., in: text)
        return emailPattern.stringByReplacingMatches(in: text, range: range,
                                                    withTemplate: NSRegularExpression.escapedTemplate(for: mask))
    }
}
