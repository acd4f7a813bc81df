/// An A1-style cell reference (`E14`): zero-based column, one-based row as Excel shows it.
struct CellReference: Hashable {
    static let maximumColumn = 16_383
    static let maximumRow = 1_048_576

    var column: Int
    var row: Int

    /// Parses `E14`, `$E$14` or just `E` / `14` parts; nil for anything outside Excel's grid.
    init?(_ text: String) {
        self.init(utf8: text.utf8)
    }

    init?(utf8: some Sequence<UInt8>) {
        var column = 0, row = 0, letters = 0, digits = 0
        for byte in utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 7 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, (1...Self.maximumColumn + 1).contains(column), (1...Self.maximumRow).contains(row)
        else { return nil }
        self.column = column - 1
        self.row = row
    }

    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// `A`, `Z`, `AA`, … for a zero-based column.
    static func letters(_ column: Int) -> String {
        var number = column + 1
        var letters: [UInt8] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.insert(UInt8(ascii: "A") + UInt8(remainder), at: 0)
            number = (number - 1) / 26
        }
        return String(decoding: letters, as: UTF8.self)
    }
}
