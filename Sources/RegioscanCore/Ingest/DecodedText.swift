/// File bytes turned into valid UTF-8, with the encoding they arrived in.
public struct DecodedText: Sendable {
    public var utf8: [UInt8]
    public var encoding: TextEncoding

    /// Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM; any other bytes are read as Windows-1252,
    /// which is what a Dutch Excel writes for "CSV (gescheiden door lijstscheidingsteken)".
    public init(bytes: [UInt8]) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            if Self.isValidUTF8(body) {
                self.init(utf8: body, encoding: .utf8WithBOM)
            } else {
                self.init(utf8: Windows1252.decode(body), encoding: .windows1252)
            }
            return
        }
        if let utf16 = DecodedText.decodeUTF16(bytes) {
            self.init(utf8: utf16, encoding: .utf16)
            return
        }
        if Self.isValidUTF8(bytes) {
            self.init(utf8: bytes, encoding: .utf8)
        } else {
            self.init(utf8: Windows1252.decode(bytes), encoding: .windows1252)
        }
    }

    /// Whether the bytes are valid UTF-8, checked in place: `String(validating:)` also copied a whole file into
    /// a string that was thrown away (at 10⁶ activities some 400 MB of copying and fresh memory).
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        if #available(macOS 26, *) {
            return (try? UTF8Span(validating: bytes.span)) != nil
        }
        return String(validating: bytes, as: UTF8.self) != nil
    }

    init(utf8: [UInt8], encoding: TextEncoding) {
        self.utf8 = utf8
        self.encoding = encoding
    }

    /// Excel's "Unicode-tekst" is UTF-16 with a byte order mark.
    private static func decodeUTF16(_ bytes: [UInt8]) -> [UInt8]? {
        let littleEndian: Bool
        if bytes.starts(with: [0xFF, 0xFE]) {
            littleEndian = true
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            littleEndian = false
        } else {
            return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let low = UInt16(bytes[index]), high = UInt16(bytes[index + 1])
            units.append(littleEndian ? (high << 8 | low) : (low << 8 | high))
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else { return nil }
        return Array(text.utf8)
    }

    /// The physical line (1-based) of the first NUL byte, if any.
    public var lineOfFirstNUL: Int? {
        guard let offset = utf8.firstIndex(of: 0) else { return nil }
        return LineCounter.line(at: offset, in: utf8)
    }
}
