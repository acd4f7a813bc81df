import Foundation

/// Writes RFC 4180 CSV lines: a cell is quoted when it holds the delimiter, a quote, a line break or
/// surrounding spaces; quotes inside are doubled.
public enum CSVWriter {
    public static func line(_ cells: [String], delimiter: Character = ",", lineEnding: String = "\n") -> String {
        var bytes: [UInt8] = []
        appendLine(cells, delimiter: delimiter, lineEnding: lineEnding, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One line appended to a byte buffer, without a string per cell. With `spreadsheetSafe`, each cell is first
    /// made `spreadsheetSafe`.
    static func appendLine(_ cells: [String], delimiter: Character = ",", lineEnding: String = "\n",
                           spreadsheetSafe: Bool = false, to buffer: inout [UInt8]) {
        let separator = delimiter.asciiValue ?? UInt8(ascii: ",")
        for (index, cell) in cells.enumerated() {
            if index > 0 { buffer.append(separator) }
            appendQuoted(cell, separator: separator, spreadsheetSafe: spreadsheetSafe, to: &buffer)
        }
        buffer.append(contentsOf: lineEnding.utf8)
    }

    public static func quoted(_ cell: String, delimiter: Character = ",") -> String {
        var bytes: [UInt8] = []
        appendQuoted(cell, separator: delimiter.asciiValue ?? UInt8(ascii: ","), spreadsheetSafe: false, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func appendQuoted(_ cell: String, separator: UInt8, spreadsheetSafe: Bool, to buffer: inout [UInt8]) {
        var cell = cell
        cell.withUTF8 { appendQuoted(utf8: $0, separator: separator, spreadsheetSafe: spreadsheetSafe, to: &buffer) }
    }

    static func appendQuoted(utf8 bytes: UnsafeBufferPointer<UInt8>, separator: UInt8, spreadsheetSafe: Bool,
                             to buffer: inout [UInt8]) {
        let guarded = spreadsheetSafe && String.startsLikeFormula(bytes.first)
        let needsQuotes = bytes.contains { $0 == separator || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            || bytes.first == UInt8(ascii: " ") || bytes.last == UInt8(ascii: " ")
        if needsQuotes { buffer.append(UInt8(ascii: "\"")) }
        if guarded { buffer.append(UInt8(ascii: "'")) }
        guard needsQuotes else { return buffer.append(contentsOf: bytes) }
        for byte in bytes {
            buffer.append(byte)
            if byte == UInt8(ascii: "\"") { buffer.append(byte) }
        }
        buffer.append(UInt8(ascii: "\""))
    }
}
