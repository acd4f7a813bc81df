import Foundation

extension String {
    /// The key under which vocabulary values match: case, accents, surrounding and repeated spaces are ignored,
    /// `-` and `_` count as spaces, spaces around `/` do not count, and `&`, `en` and `and` are alike.
    public var matchKey: String {
        let folded = folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
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
        return words.joined(separator: " ").replacingOccurrences(of: " / ", with: "/")
            .replacingOccurrences(of: "/ ", with: "/").replacingOccurrences(of: " /", with: "/")
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
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Without surrounding whitespace; cheap when there is none, which is the common case for millions of cells.
    public var trimmed: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if !first.properties.isWhitespace, !last.properties.isWhitespace { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
