import Foundation

/// Writes RFC 4180 CSV lines: a cell is quoted when it holds the delimiter, a quote, a line break or
/// surrounding spaces; quotes inside are doubled.
public enum CSVWriter {
    public static func line(_ cells: [String], delimiter: Character = ",", lineEnding: String = "\n") -> String {
        cells.map { quoted($0, delimiter: delimiter) }.joined(separator: String(delimiter)) + lineEnding
    }

    public static func quoted(_ cell: String, delimiter: Character = ",") -> String {
        let needsQuotes = cell.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || cell.first == " " || cell.last == " "
        guard needsQuotes else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
