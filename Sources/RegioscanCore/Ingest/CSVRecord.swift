/// One logical CSV row and the physical line on which it starts.
public struct CSVRecord: Sendable, Equatable {
    public var line: Int
    public var cells: [String]

    public init(line: Int, cells: [String]) {
        self.line = line
        self.cells = cells
    }

    public var isBlank: Bool {
        cells.allSatisfy { $0.unicodeScalars.allSatisfy(\.isSpaceLike) }
    }

    public subscript(index: Int) -> String {
        index < cells.count ? cells[index] : ""
    }
}
