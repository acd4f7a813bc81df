/// Splits a multi-valued cell on `;`, `|` and line breaks; trims values and drops empty ones.
public enum MultiValueSplitter {
    public static func split(_ cell: String) -> [String] {
        var cell = cell
        if let parts = cell.withUTF8({ splitBytes($0) }) { return parts }
        return cell.split(whereSeparator: { $0 == ";" || $0 == "|" || $0.isNewline })
            .map { String($0).trimmed }
            .filter { !$0.isEmpty }
    }

    /// The same split over UTF-8 bytes, without breaking the text into characters (most of the cost for millions
    /// of cells). Nil where bytes and characters could disagree, which then takes the character path: a separator
    /// next to a non-ASCII byte (a combining mark after `;` makes one character that is no separator), or a
    /// Unicode line break (U+0085, U+2028, U+2029).
    static func splitBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var parts: [String] = []
        var start = 0
        var index = 0
        let count = bytes.count
        func isSeparator(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: ";") || byte == UInt8(ascii: "|") || (0x0A...0x0D).contains(byte)
        }
        func add(_ end: Int) {
            let part = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).trimmed
            if !part.isEmpty { parts.append(part) }
        }
        while index < count {
            let byte = bytes[index]
            if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0x85 { return nil }
            if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, (0xA8...0xA9).contains(bytes[index + 2]) { return nil }
            if isSeparator(byte) {
                if index > 0, bytes[index - 1] >= 0x80 { return nil }
                if index + 1 < count, bytes[index + 1] >= 0x80 { return nil }
                add(index)
                start = index + 1
            }
            index += 1
        }
        add(count)
        return parts
    }
}
