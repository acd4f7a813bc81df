/// Excel's limits, checked in Swift before anything crosses into C.
enum XLSXLimits {
    static let maximumRows = 1_048_576
    static let maximumColumns = 16_384
    static let maximumStringLength = 32_767
    static let maximumSheetNameLength = 31
    static let forbiddenSheetNameCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Text cut to Excel's cell limit (counted in UTF-16 units, as Excel does); `nil` when it fits.
    static func truncated(_ text: String) -> String? {
        // A UTF-8 text never has more UTF-16 units than bytes: most cells are decided without counting.
        guard text.utf8.count > maximumStringLength, text.utf16.count > maximumStringLength else { return nil }
        var result = ""
        var units = 0
        for character in text {
            units += character.utf16.count
            if units > maximumStringLength { break }
            result.append(character)
        }
        return result
    }

    /// XML 1.0 has no place for control characters other than tab and line breaks; they become spaces.
    static func withoutControlCharacters(_ text: String) -> String {
        // Control characters are single UTF-8 bytes below 0x20 (no other scalar encodes to such a byte).
        guard hasControlCharacter(text) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.value < 0x20 && isReplacedControl(UInt8($0.value)) ? " " : $0
        }))
    }

    /// A control character (one UTF-8 byte) that becomes a space: any below 0x20 but tab, line feed and carriage
    /// return. `XLSXRowStream` applies the same rule while it escapes.
    static func isReplacedControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
    }

    /// A byte loop over the text's own storage: this check runs for every text cell of every workbook.
    private static func hasControlCharacter(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where isReplacedControl(byte) { return true }
            return false
        }
    }
}
