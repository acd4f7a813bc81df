/// The sentences of the report text that differ between two outputs, by the section they stand in. Tables,
/// figures and headings are left out: their numbers are in the figure comparison.
public struct SentenceComparison: Sendable {
    public struct Sentence: Sendable, Hashable {
        public var section: String
        public var text: String
    }

    public var removed: [Sentence]
    public var added: [Sentence]

    public init(previous: String, current: String) {
        let old = Self.sentences(previous)
        let new = Self.sentences(current)
        let oldSet = Set(old)
        let newSet = Set(new)
        removed = old.filter { !newSet.contains($0) }
        added = new.filter { !oldSet.contains($0) }
    }

    public var isEmpty: Bool { removed.isEmpty && added.isEmpty }

    /// Sections that have a changed sentence, in the new report's order.
    public var sections: [String] {
        var result: [String] = []
        for sentence in added + removed where !result.contains(sentence.section) { result.append(sentence.section) }
        return result
    }

    static func sentences(_ markdown: String) -> [Sentence] {
        var section = ""
        var result: [Sentence] = []
        for rawLine in markdown.split(separator: "\n") {
            // Table rows, most lines of a report, are passed over before any trimming.
            let start = rawLine.utf8.first { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
            guard let start, start != UInt8(ascii: "|") else { continue }
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") {
                section = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
                continue
            }
            // Tables, figures, captions in italics and raw markup carry no prose of their own.
            guard let first = line.first, !"|!<[*_>".contains(first) else { continue }
            let body = line.hasPrefix("- ") ? String(line.dropFirst(2)) : line
            for sentence in split(body) { result.append(Sentence(section: section, text: sentence)) }
        }
        return result
    }

    /// Splits after `.`, `!` or `?` followed by a space and a capital or a digit ("ca. 200" stays whole).
    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            guard ".!?".contains(character), index + 2 < characters.count, characters[index + 1] == " " else { continue }
            let next = characters[index + 2]
            if next.isUppercase || next.isNumber || next == "*" {
                sentences.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }
}
