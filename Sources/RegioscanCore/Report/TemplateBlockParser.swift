import Foundation

/// Splits a rendered body template into headings, prose and placeholders on a line of their own
/// (`[[figuur 06]]`): the one parser of the national report and the province reports, each with its own blocks
/// and placeholders.
enum TemplateBlockParser {
    static func parse<Block>(_ markdown: String, diagnostics: inout Diagnostics, file: String,
                             heading: (Int, String) -> Block, prose: (String) -> Block,
                             marker: (String) -> Block?) -> [Block] {
        var blocks: [Block] = []
        var lines: [Substring] = []
        func flush() {
            let text = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { blocks.append(prose(text)) }
            lines = []
        }
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = Self.trimmed(line)
            let level = trimmed.prefix { $0 == "#" }.count
            if (1...6).contains(level), trimmed.dropFirst(level).first == " " {
                flush()
                blocks.append(heading(level, trimmed.dropFirst(level).trimmingCharacters(in: .whitespaces)))
            } else if trimmed.hasPrefix("[["), trimmed.hasSuffix("]]") {
                flush()
                if let block = marker(String(trimmed.dropFirst(2).dropLast(2))) {
                    blocks.append(block)
                } else {
                    diagnostics.error(.template, at: SourceLocation(file: file), Messages.unknownMarker(trimmed))
                }
            } else {
                lines.append(line)
            }
        }
        flush()
        return blocks
    }

    /// The line without leading and trailing spaces and tabs, as `trimmingCharacters(in: .whitespaces)` gives it,
    /// but on bytes: bridging every line of every report through NSString cost more than the rest of the parse.
    static func trimmed(_ line: Substring) -> String {
        let bytes = line.utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, isSpace(bytes[start]) { start = bytes.index(after: start) }
        while end > start, isSpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        // Other Unicode spaces (a no-break space, an em space) may follow: the exact rule for such a line.
        if start < end, bytes[start] >= 0x80 || bytes[bytes.index(before: end)] >= 0x80 {
            return String(line[start..<end]).trimmingCharacters(in: .whitespaces)
        }
        return String(line[start..<end])
    }

    /// The headings of the levels a table of contents lists (up to 3), from blocks that may be headings.
    static func contents<Block>(_ blocks: [Block], heading: (Block) -> (level: Int, text: String)?) -> [(level: Int, text: String)] {
        blocks.compactMap(heading).filter { $0.level <= 3 }
    }
}
