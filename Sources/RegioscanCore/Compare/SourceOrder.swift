/// Orders `file:line` texts by file, then by line as a number (line 9 before line 10), then by activity key.
struct SourceOrder: Comparable {
    var file: String
    var line: Int
    var key: ActivityKey

    init(_ source: String, key: ActivityKey) {
        if let colon = source.lastIndex(of: ":"), let line = Int(source[source.index(after: colon)...]) {
            file = String(source[..<colon])
            self.line = line
        } else {
            file = source
            line = 0
        }
        self.key = key
    }

    static func < (lhs: SourceOrder, rhs: SourceOrder) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        return lhs.key < rhs.key
    }
}
