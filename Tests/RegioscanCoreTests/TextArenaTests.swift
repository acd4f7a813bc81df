import Testing
@testable import RegioscanCore

/// Texts kept end to end come back with their own bytes, empty ones included.
struct TextArenaTests {
    @Test func givesEachTextItsBytes() {
        let texts = ["", "Zorg", "", "Coöperatie “Één” 🚀", "e\u{301}", "é", String(repeating: "x", count: 5_000), ""]
        let arena = TextArena(texts)
        #expect(arena.count == texts.count)
        for (index, text) in texts.enumerated() {
            #expect(Array(arena[index]) == Array(text.utf8), "tekst \(index)")
            #expect(arena.string(index).utf8.elementsEqual(text.utf8))
        }
        #expect(TextArena([]).count == 0)
    }
}
