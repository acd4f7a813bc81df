/// Each distinct text once, in order of first use.
struct MapTextTable {
    var texts: [String] = []
    var indexes: [String: Int] = [:]

    mutating func index(_ text: String) -> Int {
        if let index = indexes[text] { return index }
        texts.append(text)
        indexes[text] = texts.count - 1
        return texts.count - 1
    }
}
