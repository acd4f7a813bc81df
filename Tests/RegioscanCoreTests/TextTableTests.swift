import Testing
@testable import RegioscanCore

/// The normaliser's caches find a text under its tag and nothing else: every length around the eight-byte steps,
/// texts that differ in one byte or only in tag, the empty text, and enough entries to grow the table many times.
struct TextTableTests {
    @Test func findsEachTextUnderItsTagOnly() {
        var table = TextTable<Int>()
        var texts: [String] = [""]
        for length in 1...40 { texts.append(String(repeating: "a", count: length)) }
        for length in 1...40 { texts.append(String(repeating: "a", count: length - 1) + "b") }
        texts += ["é", "e\u{301}", "Coöperatie “Één” 🚀", "a\u{0}b", "a\u{0}c"]
        texts += (0..<5_000).map { "waarde \($0)" }
        for (index, text) in texts.enumerated() {
            #expect(table.find(text, tag: 1) == nil, "\(text)")
            #expect(table.insert(text, tag: 1, value: index) == index)
        }
        for (index, text) in texts.enumerated() {
            #expect(table.find(text, tag: 1).map { table.values[$0] } == index, "\(text)")
            #expect(table.find(text, tag: 2) == nil)
        }
        #expect(table.count == texts.count)
        #expect(table.find("waarde 5000", tag: 1) == nil)
        // By bytes the same: a text's own bytes, and the empty text without an address (a cell past a row's end).
        for (index, text) in texts.enumerated() {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { table.find($0, tag: 1) }.map { table.values[$0] } == index, "\(text)")
        }
        #expect(table.find(UnsafeBufferPointer(start: nil, count: 0), tag: 1).map { table.values[$0] } == 0)
    }
}
