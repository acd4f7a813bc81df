import Foundation

extension String {
    /// Text for XML and HTML content and attributes: input such as `<script>` shows as text.
    public var xmlEscaped: String {
        // Most text needs no escaping; scanning bytes is much cheaper than walking characters.
        guard utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return self
        }
        // Byte by byte: every character replaced is ASCII, and no UTF-8 continuation byte is below 0x80.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        let source = Array(utf8)
        var index = 0
        while index < source.count {
            let byte = source[index]
            index += 1
            switch byte {
            case 0x26: bytes.append(contentsOf: "&amp;".utf8)
            case 0x3C: bytes.append(contentsOf: "&lt;".utf8)
            case 0x3E: bytes.append(contentsOf: "&gt;".utf8)
            case 0x22: bytes.append(contentsOf: "&quot;".utf8)
            case 0x27: bytes.append(contentsOf: "&#39;".utf8)
            case 0x0A, 0x09: bytes.append(byte)
            case 0x0D:
                // Control characters are not allowed in XML 1.0; they cannot come from a valid delivery anyway.
                // CR LF is one character and becomes one space.
                if index < source.count, source[index] == 0x0A { index += 1 }
                bytes.append(0x20)
            case ..<0x20: bytes.append(0x20)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The bytes `markdownEscaped` changes (all ASCII, so a byte scan finds every one).
    private static let markdownSpecial: Set<UInt8> = Set("\\`*_[]<>#|&~!{}\n\r".utf8)

    /// Inline Markdown text: characters that GitHub-flavoured Markdown would read as markup are escaped with a
    /// backslash, so that an initiative named `<script>` or `**x**` shows as typed. Line breaks become spaces.
    public var markdownEscaped: String {
        guard utf8.contains(where: { Self.markdownSpecial.contains($0) }) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "&", "~", "!", "{", "}":
                result.append("\\")
                result.append(character)
            case "\n", "\r":
                result.append(" ")
            default:
                result.append(character)
            }
        }
        return result
    }

    /// A value for a CSV table cell that spreadsheets must not evaluate (`=`, `+`, `-`, `@` first get a `'`).
    public var spreadsheetSafe: String {
        guard Self.startsLikeFormula(utf8.first) else { return self }
        return "'" + self
    }

    /// A first byte that a spreadsheet reads as the start of a formula: `=`, `+`, `-` or `@`.
    static func startsLikeFormula(_ byte: UInt8?) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@")
    }

    /// An identifier for HTML anchors: lower case letters, digits and hyphens.
    public var anchorSlug: String {
        let folded = matchKey
        var slug = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        return String(slug.trimmingCharacters(in: CharacterSet(charactersIn: "-")))
    }
}
