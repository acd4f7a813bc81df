/// Where the data of each entry of a zip file lies, read from its central directory and local headers, in central
/// directory order (the order in which ZIPFoundation lists the entries). Nil for a file whose directory cannot be
/// read this way (no end record, or zip64 sizes and offsets, which no workbook within the reading limits needs).
enum ZipDataRanges {
    struct Range: Equatable {
        var start: Int
        var count: Int
        var compressed: Bool
    }

    static func ranges(_ bytes: [UInt8]) -> [Range]? {
        guard let end = endRecord(bytes) else { return nil }
        let entries = Int(uint16(bytes, end + 10)), directoryStart = Int(uint32(bytes, end + 16))
        var ranges: [Range] = []
        var position = directoryStart
        for _ in 0..<entries {
            guard position + 46 <= bytes.count, uint32(bytes, position) == 0x0201_4B50 else { return nil }
            let method = uint16(bytes, position + 10)
            let compressedSize = uint32(bytes, position + 20)
            let header = uint32(bytes, position + 42)
            guard compressedSize != 0xFFFF_FFFF, header != 0xFFFF_FFFF else { return nil }
            let name = Int(uint16(bytes, position + 28)), extra = Int(uint16(bytes, position + 30))
            let comment = Int(uint16(bytes, position + 32))
            let local = Int(header)
            guard local + 30 <= bytes.count, uint32(bytes, local) == 0x0403_4B50 else { return nil }
            let start = local + 30 + Int(uint16(bytes, local + 26)) + Int(uint16(bytes, local + 28))
            ranges.append(Range(start: start, count: Int(compressedSize), compressed: method != 0))
            position += 46 + name + extra + comment
        }
        return ranges
    }

    /// The end-of-central-directory record: within the last 64 KB and 22 bytes (its comment is at most 64 KB).
    private static func endRecord(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 65_535)
        var position = bytes.count - 22
        while position >= lowest {
            if uint32(bytes, position) == 0x0605_4B50 { return position }
            position -= 1
        }
        return nil
    }

    private static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        guard at + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        guard at + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
