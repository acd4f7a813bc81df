/// Builds JSON text by hand, for data embedded in an HTML `<script>` element: deterministic, fast at 10^5 rows,
/// and safe inside HTML — `<`, `>` and `&` are written as `\u003c` and so on, so that no text from the input can
/// close the script element (`</script>`) or open a comment, and U+2028/U+2029 are escaped for older parsers.
/// It is built as UTF-8 bytes: a string per number and per quoted text took most of the map's time.
struct JSONText {
    private(set) var bytes: [UInt8] = []
    /// Takes the bytes in pieces of about a megabyte as they grow, so that the data of 10⁶ activities (about
    /// 100 MB) is never held whole; without one, `bytes` holds everything.
    private let sink: (([UInt8]) -> Void)?
    private static let pieceSize = 1 << 20

    init(sink: (([UInt8]) -> Void)? = nil) {
        self.sink = sink
        if sink != nil { bytes.reserveCapacity(Self.pieceSize + 64 * 1024) }
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Hands what is left to the sink.
    mutating func finish() {
        guard let sink, !bytes.isEmpty else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func spill() {
        guard let sink, bytes.count >= Self.pieceSize else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func raw(_ fragment: String) {
        bytes.append(contentsOf: fragment.utf8)
        spill()
    }

    mutating func string(_ value: String) {
        Self.appendQuoted(value, to: &bytes)
        spill()
    }

    mutating func int(_ value: Int) {
        bytes.appendDecimal(value)
        spill()
    }

    mutating func ints(_ values: [Int]) {
        bytes.append(UInt8(ascii: "["))
        for (position, value) in values.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.appendDecimal(value)
        }
        bytes.append(UInt8(ascii: "]"))
        spill()
    }

    mutating func strings(_ values: [String]) {
        bytes.append(UInt8(ascii: "["))
        for (position, value) in values.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            Self.appendQuoted(value, to: &bytes)
            spill()
        }
        bytes.append(UInt8(ascii: "]"))
        spill()
    }

    static func quoted(_ value: String) -> String {
        var bytes: [UInt8] = []
        appendQuoted(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A JSON string; the bytes between the escapes are copied in runs. Only ASCII bytes and the three-byte
    /// UTF-8 forms of U+2028 and U+2029 (E2 80 A8/A9) need escaping; every other byte of the UTF-8 stays.
    static func appendQuoted(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { source in
            var runStart = 0
            var offset = 0
            func escape(_ replacement: String, length: Int) {
                bytes.append(contentsOf: source[runStart..<offset])
                bytes.append(contentsOf: replacement.utf8)
                offset += length
                runStart = offset
            }
            while offset < source.count {
                let byte = source[offset]
                switch byte {
                case UInt8(ascii: "\""): escape("\\\"", length: 1)
                case UInt8(ascii: "\\"): escape("\\\\", length: 1)
                case 0x0A: escape("\\n", length: 1)
                case 0x0D: escape("\\r", length: 1)
                case 0x09: escape("\\t", length: 1)
                case UInt8(ascii: "<"): escape("\\u003c", length: 1)
                case UInt8(ascii: ">"): escape("\\u003e", length: 1)
                case UInt8(ascii: "&"): escape("\\u0026", length: 1)
                case 0xE2 where offset + 2 < source.count && source[offset + 1] == 0x80
                    && (source[offset + 2] == 0xA8 || source[offset + 2] == 0xA9):
                    escape(source[offset + 2] == 0xA8 ? "\\u2028" : "\\u2029", length: 3)
                case ..<0x20:
                    escape("\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16), length: 1)
                default:
                    offset += 1
                }
            }
            bytes.append(contentsOf: source[runStart...])
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
