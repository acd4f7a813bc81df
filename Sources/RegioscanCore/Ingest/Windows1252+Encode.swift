extension Windows1252 {
    /// UTF-8 text as Windows-1252 bytes, as a Dutch Excel saves it; characters outside the code page become `?`.
    static func encode(_ text: String) -> [UInt8] {
        var reverse: [UInt32: UInt8] = [:]
        for (offset, scalar) in high.enumerated() { reverse[scalar] = UInt8(0x80 + offset) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) {
                bytes.append(UInt8(scalar.value))
            } else {
                bytes.append(reverse[scalar.value] ?? UInt8(ascii: "?"))
            }
        }
        return bytes
    }
}
