import Foundation

extension String {
    /// The key under which vocabulary values match: case, accents, surrounding and repeated spaces are ignored,
    /// `-` and `_` count as spaces, spaces around `/` do not count, and `&`, `en` and `and` are alike.
    public var matchKey: String {
        let folded = foldedForMatching
        var words: [String] = []
        var word = String.UnicodeScalarView()
        func flush() {
            guard !word.isEmpty else { return }
            let text = String(word)
            words.append(text == "and" ? "en" : text)
            word = String.UnicodeScalarView()
        }
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "&":
                flush()
                words.append("en")
            case "/":
                flush()
                words.append("/")
            case "-", "_", "\u{2013}", "\u{2014}":
                flush()
            case "\u{2018}", "\u{2019}", "`", "\u{00B4}":
                word.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}":
                word.append("\"")
            default:
                if scalar.properties.isWhitespace { flush() } else { word.append(scalar) }
            }
        }
        flush()
        // `Advisering / consultancy` and `Advisering/consultancy` are the same.
        guard words.contains("/") else { return words.joined(separator: " ") }
        var key = ""
        for (index, word) in words.enumerated() {
            if index > 0, word != "/", words[index - 1] != "/" { key += " " }
            key += word
        }
        return key
    }

    /// Case, accents and width folded away. ASCII text only changes case, and is lowered byte by byte: the long
    /// tail of new labels in a large delivery is matched once each, and Foundation's folding was most of that.
    var foldedForMatching: String {
        if utf8.allSatisfy({ $0 < 0x80 }) {
            guard utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return self }
            return String(decoding: utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// The key under which header names match: case, accents, spaces, `_`, `-` and `.` are ignored.
    public var headerKey: String {
        let folded = folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var scalars = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars
        where !(scalar.properties.isWhitespace || scalar == "_" || scalar == "-" || scalar == ".") {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Trimmed, with runs of whitespace (also non-breaking spaces) collapsed to one space.
    public var collapsingWhitespace: String {
        if isCollapsedASCII == true { return self }
        var previousWasSpace = true
        var clean = true
        for scalar in unicodeScalars {
            let isSpace = scalar.isSpaceLike
            if isSpace, previousWasSpace || scalar != " " { clean = false; break }
            previousWasSpace = isSpace
        }
        if clean, !previousWasSpace || isEmpty { return self }
        return split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether the text is ASCII without leading, trailing, doubled or non-space whitespace (nil when it is not
    /// all ASCII): the common case, told from the bytes without decoding scalars.
    private var isCollapsedASCII: Bool? {
        var previousWasSpace = true
        for byte in utf8 {
            guard byte < 0x80 else { return nil }
            let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
            if isSpace, previousWasSpace || byte != 0x20 { return false }
            previousWasSpace = isSpace
        }
        return !previousWasSpace || isEmpty
    }

    /// Without surrounding whitespace; cheap when there is none, which is the common case for millions of cells.
    /// Trimmed scalar by scalar with the set of Foundation's `.whitespacesAndNewlines` (Unicode White_Space plus
    /// U+200B), without its detour through NSString, which cost more than the rest of splitting a cell.
    public var trimmed: String {
        // Most cells begin and end with an ASCII character that is no space: two bytes say so.
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
           !Unicode.Scalar(first).isSpaceLike, !Unicode.Scalar(last).isSpaceLike {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !first.isSpaceLike, !last.isSpaceLike { return self }
        func trims(_ scalar: Unicode.Scalar) -> Bool { scalar.isSpaceLike || scalar.value == 0x200B }
        guard let start = scalars.firstIndex(where: { !trims($0) }),
              let end = scalars.lastIndex(where: { !trims($0) }) else { return "" }
        return String(scalars[start...end])
    }
}

extension Unicode.Scalar {
    /// Whitespace, with a fast answer for ASCII (Unicode property lookups are slow over millions of cells).
    @inline(__always)
    var isSpaceLike: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }
}
