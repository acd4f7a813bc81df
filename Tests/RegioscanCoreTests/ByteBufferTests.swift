import Testing
@testable import RegioscanCore

struct ByteBufferTests {
    @Test func decimalsMatchTheirText() {
        var buffer = ByteBuffer(capacity: 1)
        let values = [0, 7, 9, 10, 99, 100, 12_345, -1, -10, -987_654, Int.max, Int.min]
        for value in values {
            buffer.appendDecimal(value)
            buffer.append(UInt8(ascii: ","))
        }
        #expect(String(decoding: buffer.array, as: UTF8.self) == values.map(String.init).joined(separator: ",") + ",")
    }

    /// Growing keeps what was written, from a tiny start to far past it.
    @Test func growsAndKeepsItsBytes() {
        var buffer = ByteBuffer(capacity: 1)
        var expected: [UInt8] = []
        for round in 0..<2_000 {
            let text = String(repeating: "é&<", count: round % 17)
            buffer.append(contentsOf: text)
            buffer.append("<c r=\"")
            buffer.append([UInt8](repeating: UInt8(round % 251), count: round % 5))
            expected += Array(text.utf8) + Array("<c r=\"".utf8) + [UInt8](repeating: UInt8(round % 251), count: round % 5)
        }
        let count = buffer.count
        #expect(count == expected.count)
        #expect(buffer.array == expected)
        buffer.removeAll()
        let isEmpty = buffer.isEmpty
        #expect(isEmpty)
        buffer.append("x")
        #expect(buffer.array == [UInt8(ascii: "x")])
    }
}
