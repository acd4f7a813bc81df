import Foundation

/// Free text as the ecosystem map may show it: the map travels by mail and USB stick, so an e-mail address that
/// slipped into a name or an explanation is left out, and a website that is an e-mail address is dropped.
enum MapPublicText {
    static let omission = "[…]"

    /// Every word (a run without white space) that holds an `@` becomes `[…]`.
    static func text(_ value: String) -> String {
        guard value.utf8.contains(UInt8(ascii: "@")) else { return value }
        var result = ""
        var word = ""
        func flush() {
            result += word.contains("@") ? omission : word
            word = ""
        }
        for character in value {
            if character.isWhitespace {
                flush()
                result.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return result
    }

    /// Checked in bytes: Foundation's trimming and `lowercased()` per initiative were a tenth of the map's time.
    static func website(_ value: String) -> String {
        let trimmed = value.trimmed
        let bytes = trimmed.utf8
        if bytes.contains(UInt8(ascii: "@")) { return "" }
        // `mailto:` in any case: a letter matches with its case bit set, the colon only itself.
        let scheme = "mailto:".utf8
        let isMail = bytes.count >= scheme.count
            && zip(bytes, scheme).allSatisfy { $0 == $1 || ($1 != UInt8(ascii: ":") && $0 | 0x20 == $1) }
        return isMail ? "" : trimmed
    }
}
