/// Splits a multi-valued cell on `;`, `|` and line breaks; trims values and drops empty ones.
public enum MultiValueSplitter {
    public static func split(_ cell: String) -> [String] {
        cell.split(whereSeparator: { $0 == ";" || $0 == "|" || $0.isNewline })
            .map { String($0).trimmed }
            .filter { !$0.isEmpty }
    }
}
