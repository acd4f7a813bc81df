/// One logical CSV row and the physical line on which it starts.
public struct CSVRecord: Sendable, Equatable {
    public var line: Int
    public var cells: [String]

    public init(line: Int, cells: [String]) {
        self.line = line
        self.cells = cells
    }

    public var isBlank: Bool { isBlankRecord }

    static func isBlank(_ cell: String) -> Bool {
        cell.unicodeScalars.allSatisfy(\.isSpaceLike)
    }

    public subscript(index: Int) -> String {
        index < cells.count ? cells[index] : ""
    }
}

extension CSVRecord: CSVRowStorage {
    init(line: Int, width: Int) {
        self.init(line: line, cells: [])
        cells.reserveCapacity(width)
    }

    var cellCount: Int { cells.count }

    mutating func appendCell(_ bytes: UnsafeBufferPointer<UInt8>) {
        cells.append(String(decoding: bytes, as: UTF8.self))
    }

    mutating func removeCells(from index: Int) {
        guard index < cells.count else { return }
        cells.removeSubrange(index...)
    }

    /// A fresh array of the record's width: keeping the grown buffer's capacity would give every stored record
    /// up to twice the memory its cells need.
    mutating func startNext(line: Int) {
        let width = cells.count
        self = CSVRecord(line: line, width: width)
    }

    func string(_ index: Int) -> String { self[index] }

    var asRecord: CSVRecord { self }

    /// Strings have no bytes to hand out beyond a closure: the normaliser reads them as strings.
    func unsafeBytes(_ index: Int) -> UnsafeBufferPointer<UInt8>? { nil }

    func withBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = self[index]
        return text.withUTF8(body)
    }
}
