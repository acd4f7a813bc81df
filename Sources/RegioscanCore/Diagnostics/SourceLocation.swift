/// Where a diagnostic points: a file, and where known a physical line and a column name.
/// In a workbook, `line` is the sheet's row number and `sheet` names the sheet and the column letters.
public struct SourceLocation: Sendable, Hashable, Comparable {
    public var file: String
    public var line: Int?
    public var column: String?
    public var sheet: SheetPlace?

    public init(file: String, line: Int? = nil, column: String? = nil, sheet: SheetPlace? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// The place within the file: `regel 14` for a text file, `blad Activiteiten, cel E14` for a workbook.
    public var placeWithinFile: String? {
        if let sheet { return sheet.describe(row: line, column: column) }
        return line.map { "regel \($0)" }
    }

    /// The place as a user looks for it: `utrecht.csv:14` (as editors and terminals recognise it) for a text file,
    /// `utrecht.xlsx: blad Activiteiten, cel E14` for a workbook (`rij 14` where no column applies).
    public var reference: String { Self.reference(file: file, line: line, column: column, sheet: sheet) }

    /// The same from its parts, for a caller that keeps them apart (`Activity.sourceReference`).
    static func reference(file: String, line: Int?, column: String?, sheet: SheetPlace?) -> String {
        if let place = sheet.map({ $0.describe(row: line, column: column) }) { return "\(file): \(place)" }
        guard let line else { return file }
        return "\(file):\(line)"
    }

    public func with(column: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column, sheet: sheet)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        return (lhs.line ?? 0) < (rhs.line ?? 0)
    }
}
