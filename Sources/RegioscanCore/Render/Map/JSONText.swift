/// Builds JSON text by hand, for data embedded in an HTML `<script>` element: deterministic, fast at 10^5 rows,
/// and safe inside HTML — `<`, `>` and `&` are written as `\u003c` and so on, so that no text from the input can
/// close the script element (`</script>`) or open a comment, and U+2028/U+2029 are escaped for older parsers.
struct JSONText {
    private(set) var text = ""
    /// Takes the text in pieces of about a megabyte as it grows, so that the data of 10⁶ activities (about 100 MB)
    /// is never held whole; without one, `text` holds everything.
    private let sink: ((String) -> Void)?
    private static let pieceSize = 1 << 20

    init(sink: ((String) -> Void)? = nil) {
        self.sink = sink
    }

    /// Hands what is left to the sink.
    mutating func finish() {
        guard let sink, !text.isEmpty else { return }
        sink(text)
        text = ""
    }

    private mutating func spill() {
        guard let sink, text.utf8.count >= Self.pieceSize else { return }
        sink(text)
        text = ""
    }

    mutating func raw(_ fragment: String) {
        text += fragment
        spill()
    }

    mutating func string(_ value: String) {
        text += Self.quoted(value)
        spill()
    }

    mutating func int(_ value: Int) {
        text += String(value)
        spill()
    }

    mutating func ints(_ values: [Int]) {
        text += "["
        for (position, value) in values.enumerated() {
            if position > 0 { text += "," }
            text += String(value)
        }
        text += "]"
        spill()
    }

    mutating func strings(_ values: [String]) {
        text += "["
        for (position, value) in values.enumerated() {
            if position > 0 { text += "," }
            text += Self.quoted(value)
            spill()
        }
        text += "]"
        spill()
    }

    static func quoted(_ value: String) -> String {
        var result = "\""
        result.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    result += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
