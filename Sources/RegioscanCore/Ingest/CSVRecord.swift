/// One logical CSV row and the physical line on which it starts.
public struct CSVRecord: Sendable, Equatable {
    public var line: Int
    public var cells: [String]

    public init(line: Int, cells: [String]) {
        self.line = line
        self.cells = cells
    }

    public var isBlank: Bool {
        cells.allSatisfy(Self.isBlank)
    }

    /// Whether every cell outside `columns` is blank: a row that holds only pre-filled values.
    func isBlank(except columns: Set<Int>) -> Bool {
        cells.indices.allSatisfy { columns.contains($0) || Self.isBlank(cells[$0]) }
    }

    static func isBlank(_ cell: String) -> Bool {
        cell.unicodeScalars.allSatisfy(\.isSpaceLike)
    }

    public subscript(index: Int) -> String {
        index < cells.count ? cells[index] : ""
    }
}
