import Foundation

/// Writes RFC 4180 CSV lines: a cell is quoted when it holds the delimiter, a quote, a line break or
/// surrounding spaces; quotes inside are doubled.
public enum CSVWriter {
    public static func line(_ cells: [String], delimiter: Character = ",", lineEnding: String = "\n") -> String {
        cells.map { quoted($0, delimiter: delimiter) }.joined(separator: String(delimiter)) + lineEnding
    }

    /// One comma-separated line appended to a byte buffer: the same bytes as `line`, without a string per cell.
    /// With `spreadsheetSafe`, each cell is first made `spreadsheetSafe`.
    static func appendLine(_ cells: [String], spreadsheetSafe: Bool = false, to buffer: inout [UInt8]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            var cell = cell
            cell.withUTF8 { bytes in
                let guarded = spreadsheetSafe && String.startsLikeFormula(bytes.first)
                let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
                    || (!guarded && bytes.first == UInt8(ascii: " ")) || bytes.last == UInt8(ascii: " ")
                if needsQuotes { buffer.append(UInt8(ascii: "\"")) }
                if guarded { buffer.append(UInt8(ascii: "'")) }
                if needsQuotes {
                    for byte in bytes {
                        buffer.append(byte)
                        if byte == UInt8(ascii: "\"") { buffer.append(byte) }
                    }
                    buffer.append(UInt8(ascii: "\""))
                } else {
                    buffer.append(contentsOf: bytes)
                }
            }
        }
        buffer.append(0x0A)
    }

    public static func quoted(_ cell: String, delimiter: Character = ",") -> String {
        let separator = delimiter.asciiValue ?? UInt8(ascii: ",")
        let bytes = cell.utf8
        let needsQuotes = bytes.contains { $0 == separator || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            || bytes.first == UInt8(ascii: " ") || bytes.last == UInt8(ascii: " ")
        guard needsQuotes else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
