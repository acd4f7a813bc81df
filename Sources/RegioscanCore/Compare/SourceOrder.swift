/// Orders source references by file, then by line or sheet row as a number (line 9 before line 10), then by
/// activity key. A reference is `file:line` for a text file or `file: blad Activiteiten, rij 14` for a workbook.
struct SourceOrder: Comparable {
    static let sheetMarker = ": blad "

    var file: String
    var line: Int
    var key: ActivityKey

    init(_ source: String, key: ActivityKey) {
        (file, line) = Self.split(source)
        self.key = key
    }

    /// The file and the line or row number of a reference; a reference without a number sorts first in its file.
    static func split(_ source: String) -> (file: String, line: Int) {
        if let marker = source.range(of: sheetMarker) {
            let place = source[marker.upperBound...]
            let digits = place.reversed().prefix { $0.isASCII && $0.isNumber }
            // `cel E14`: the trailing digits are the row whatever the column letters before them.
            return (String(source[..<marker.lowerBound]), Int(String(digits.reversed())) ?? 0)
        }
        if let colon = source.lastIndex(of: ":"), let line = Int(source[source.index(after: colon)...]) {
            return (String(source[..<colon]), line)
        }
        return (source, 0)
    }

    static func < (lhs: SourceOrder, rhs: SourceOrder) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        return lhs.key < rhs.key
    }
}
