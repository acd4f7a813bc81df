/// Reads a worksheet's XML as it streams by: rows with their Excel row number and the text of each cell as the
/// user sees it, and the merged ranges. Only the header's width is kept per row, so a stray value in column XFD
/// costs one note, not sixteen thousand empty cells per row.
final class SheetReader: SAXHandler {
    struct Row {
        var number: Int
        var cells: [String]
        /// The first filled cell right of the header, if any (`Q14`).
        var outsideHeader: String?
    }

    private let sharedStrings: [String]
    private let styles: CellNumberStyles
    private let date1904: Bool

    private(set) var rows: [Row] = []
    private(set) var merges: [CellRange] = []
    /// The number of header columns, known once the first non-blank row has ended.
    private(set) var width: Int?

    private var rowNumber = 0
    private var cells: [String] = []
    private var outsideHeader: String?
    private var column = -1
    private var type = CellType.number
    private var style = 0
    private var text: [UInt8] = []
    private var capture = false
    private var inInlineString = false
    private var phoneticDepth = 0
    private var value: [UInt8] = []

    enum CellType { case number, sharedString, inlineString, formulaString, boolean, error, isoDate }

    init(sharedStrings: [String], styles: CellNumberStyles, date1904: Bool) {
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.date1904 = date1904
    }

    func start(_ element: XMLName, _ attributes: XMLAttributes) {
        if element.is("c") {
            startCell(attributes)
        } else if element.is("v") {
            capture = true
            value.removeAll(keepingCapacity: true)
        } else if element.is("is") {
            inInlineString = true
            value.removeAll(keepingCapacity: true)
        } else if element.is("t"), inInlineString, phoneticDepth == 0 {
            capture = true
        } else if element.is("rPh") {
            phoneticDepth += 1
        } else if element.is("row") {
            let number = attributes.bytes("r").flatMap { Int(String(decoding: $0, as: UTF8.self)) }
            rowNumber = number ?? rowNumber + 1
            cells.removeAll(keepingCapacity: true)
            outsideHeader = nil
            column = -1
        } else if element.is("mergeCell") {
            if let reference = attributes.value("ref"), let range = CellRange(reference) { merges.append(range) }
        }
    }

    private func startCell(_ attributes: XMLAttributes) {
        if let reference = attributes.bytes("r"), let parsed = CellReference(utf8: reference) {
            column = parsed.column
        } else {
            column += 1
        }
        type = Self.cellType(attributes.bytes("t"))
        style = attributes.bytes("s").flatMap { Int(String(decoding: $0, as: UTF8.self)) } ?? 0
        value.removeAll(keepingCapacity: true)
    }

    private static func cellType(_ bytes: UnsafeBufferPointer<UInt8>?) -> CellType {
        guard let bytes, let first = bytes.first else { return .number }
        switch first {
        case UInt8(ascii: "s"): return bytes.count == 1 ? .sharedString : .formulaString
        case UInt8(ascii: "i"): return .inlineString
        case UInt8(ascii: "b"): return .boolean
        case UInt8(ascii: "e"): return .error
        case UInt8(ascii: "d"): return .isoDate
        default: return .number
        }
    }

    func end(_ element: XMLName) {
        if element.is("v") || element.is("t") {
            capture = false
        } else if element.is("is") {
            inInlineString = false
        } else if element.is("rPh") {
            phoneticDepth -= 1
        } else if element.is("c") {
            endCell()
        } else if element.is("row") {
            endRow()
        }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        if capture { value.append(contentsOf: text) }
    }

    /// A cell without a value (formatting only) or with only a formula and no cached result stays empty.
    private func endCell() {
        guard !value.isEmpty, column >= 0 else { return }
        let text = cellText()
        guard !text.isEmpty else { return }
        if let width, column >= width {
            if outsideHeader == nil, !text.allSatisfy(\.isWhitespace) {
                outsideHeader = CellReference.letters(column) + String(rowNumber)
            }
            return
        }
        while cells.count <= column { cells.append("") }
        cells[column] = text
    }

    private func cellText() -> String {
        let raw = String(decoding: value, as: UTF8.self)
        switch type {
        case .sharedString:
            guard let index = Int(raw), sharedStrings.indices.contains(index) else { return "" }
            return sharedStrings[index]
        case .inlineString, .formulaString: return ExcelText.decode(value)
        case .boolean: return ExcelValue.boolean(raw)
        case .error: return raw
        case .isoDate: return ExcelValue.isoDate(raw)
        case .number:
            return styles.isDate(style: style) ? ExcelValue.date(serial: raw, date1904: date1904) : ExcelValue.number(raw)
        }
    }

    private func endRow() {
        let blank = cells.allSatisfy { $0.unicodeScalars.allSatisfy(\.isSpaceLike) }
        if blank, outsideHeader == nil { return }
        if width == nil {
            while let last = cells.last, last.allSatisfy(\.isWhitespace) { cells.removeLast() }
            width = cells.count
        }
        rows.append(Row(number: rowNumber, cells: cells, outsideHeader: outsideHeader))
    }
}
