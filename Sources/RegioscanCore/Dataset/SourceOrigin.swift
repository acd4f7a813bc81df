/// The file, sheet and column an activity comes from, without its line: the same for every row of a file, so the
/// activities of a file share one instead of each holding the texts (56 bytes less per activity, a smaller size
/// class of the allocator: 32 MB at 10⁶ activities).
final class SourceOrigin: Sendable {
    let file: String
    let sheet: SheetPlace?
    let column: String?

    init(file: String, sheet: SheetPlace?, column: String? = nil) {
        self.file = file
        self.sheet = sheet
        self.column = column
    }

    convenience init(_ location: SourceLocation) {
        self.init(file: location.file, sheet: location.sheet, column: location.column)
    }

    func matches(_ location: SourceLocation) -> Bool {
        file == location.file && sheet == location.sheet && column == location.column
    }
}
