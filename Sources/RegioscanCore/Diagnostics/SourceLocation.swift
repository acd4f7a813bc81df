/// Where a diagnostic points: a file, and where known a physical line and a column name.
public struct SourceLocation: Sendable, Hashable, Comparable {
    public var file: String
    public var line: Int?
    public var column: String?

    public init(file: String, line: Int? = nil, column: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line` as editors and terminals recognise it.
    public var fileAndLine: String {
        guard let line else { return file }
        return "\(file):\(line)"
    }

    public func with(column: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        return (lhs.line ?? 0) < (rhs.line ?? 0)
    }
}
