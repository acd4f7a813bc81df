import Foundation

/// Writes RFC 4180 CSV lines: a cell is quoted when it holds the delimiter, a quote, a line break or
/// surrounding spaces; quotes inside are doubled.
public enum CSVWriter {
    public static func line(_ cells: [String], delimiter: Character = ",", lineEnding: String = "\n") -> String {
        cells.map { quoted($0, delimiter: delimiter) }.joined(separator: String(delimiter)) + lineEnding
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
