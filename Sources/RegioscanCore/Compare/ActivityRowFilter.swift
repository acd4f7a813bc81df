import Foundation

/// Leaves out, before two `data/activiteiten.csv` files are parsed and matched by key, every row that has a
/// partner on the other side with the same bytes in every column but one (the source reference, which moves when
/// a row is inserted above). A rerun after a fix of a few rows then parses a few rows instead of all of them: at
/// 10⁵ activities, parsing and keying both files took 1.5 s of the rerun.
///
/// Rows are compared as bytes, so this holds only for two files of the same writer: the same header bytes (and,
/// checked by the caller on what remains, UTF-8). Otherwise nothing is left out and every row is compared.
enum ActivityRowFilter {
    /// Each file's header followed by its rows without a partner, in file order, as CSV bytes; nil when the files
    /// cannot be compared as bytes.
    static func unpaired(_ previous: [UInt8], _ current: [UInt8], ignoring column: String) -> (previous: [UInt8], current: [UInt8])? {
        guard let layout = Layout(previous, current, ignoring: column) else { return nil }
        let scanning = BackgroundJob { current.withUnsafeBufferPointer { Row.scan($0, layout: layout) } }
        let oldRows = previous.withUnsafeBufferPointer { Row.scan($0, layout: layout) }
        guard let newRows = try? scanning.result() else { return nil }
        return previous.withUnsafeBufferPointer { old in
            current.withUnsafeBufferPointer { new in
                let (oldPaired, newPaired) = pairs(oldRows, old, newRows, new)
                return (layout.reduced(old, rows: oldRows, paired: oldPaired), layout.reduced(new, rows: newRows, paired: newPaired))
            }
        }
    }

    /// The header both files share, where it ends, the delimiter and the place of the ignored column.
    struct Layout: Sendable {
        var headerEnd: Int
        var delimiter: UInt8
        var ignored: Int

        init?(_ previous: [UInt8], _ current: [UInt8], ignoring column: String) {
            guard let end = previous.withUnsafeBufferPointer({ Row.lineEnds(in: $0, from: 0, delimiter: 0)?.next }),
                  current.count >= end, previous[..<end].elementsEqual(current[..<end]) else { return nil }
            var diagnostics = Diagnostics()
            guard let table = CSVReader.read(DecodedText(bytes: Array(previous[..<end])), file: "", diagnostics: &diagnostics),
                  !diagnostics.hasErrors, let place = table.header.cells.firstIndex(of: column) else { return nil }
            headerEnd = end
            delimiter = table.delimiter
            ignored = place
        }

        /// The header and the rows not paired, each ended by a line feed.
        func reduced(_ bytes: UnsafeBufferPointer<UInt8>, rows: [Row], paired: [Bool]) -> [UInt8] {
            var result = Array(bytes[..<headerEnd])
            for (index, row) in rows.enumerated() where !paired[index] {
                result += bytes[row.start..<row.contentEnd]
                result.append(CSVReader.lineFeed)
            }
            return result
        }
    }

    /// One data row: where it starts, where its content ends (before the line end), the ignored cell, and the
    /// hash of everything else.
    struct Row: Sendable {
        var start: Int
        var contentEnd: Int
        var skipStart: Int
        var skipEnd: Int
        var hash: Int

        /// Every row after the header.
        static func scan(_ bytes: UnsafeBufferPointer<UInt8>, layout: Layout) -> [Row] {
            var rows: [Row] = []
            var position = layout.headerEnd
            while position < bytes.count {
                guard let found = lineEnds(in: bytes, from: position, delimiter: layout.delimiter, ignored: layout.ignored)
                else { break }
                var row = Row(start: position, contentEnd: found.contentEnd, skipStart: found.skip.lowerBound,
                              skipEnd: found.skip.upperBound, hash: 0)
                var hasher = Hasher()
                row.withKept(bytes) { before, after in
                    hasher.combine(bytes: UnsafeRawBufferPointer(before))
                    hasher.combine(bytes: UnsafeRawBufferPointer(after))
                }
                row.hash = hasher.finalize()
                rows.append(row)
                position = found.next
            }
            return rows
        }

        /// The end of the record starting at `start`, outside quotes: where its content ends, where the next one
        /// starts, and the byte range of cell number `ignored` (empty when the row is shorter).
        static func lineEnds(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, delimiter: UInt8, ignored: Int = -1)
            -> (contentEnd: Int, next: Int, skip: Range<Int>)? {
            guard start < bytes.count else { return nil }
            var position = start
            var inQuotes = false
            var cell = 0
            var skipStart = ignored == 0 ? start : -1
            var skipEnd = -1
            while position < bytes.count {
                let byte = bytes[position]
                if inQuotes {
                    // A doubled quote closes and reopens: the state comes out right either way.
                    if byte == CSVReader.quote { inQuotes = false }
                } else if byte == CSVReader.quote {
                    inQuotes = true
                } else if byte == delimiter {
                    if cell == ignored { skipEnd = position }
                    cell += 1
                    if cell == ignored { skipStart = position + 1 }
                } else if byte == CSVReader.lineFeed || byte == CSVReader.carriageReturn {
                    break
                }
                position += 1
            }
            let contentEnd = position
            if skipStart >= 0, skipEnd < 0 { skipEnd = contentEnd }
            if position < bytes.count {
                let crlf = bytes[position] == CSVReader.carriageReturn && position + 1 < bytes.count
                    && bytes[position + 1] == CSVReader.lineFeed
                position += crlf ? 2 : 1
            }
            let skip = skipStart >= 0 ? skipStart..<skipEnd : contentEnd..<contentEnd
            return (contentEnd, position, skip)
        }

        /// The row's content before and after the ignored cell.
        func withKept<Result>(_ bytes: UnsafeBufferPointer<UInt8>,
                              _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            body(UnsafeBufferPointer(rebasing: bytes[start..<skipStart]), UnsafeBufferPointer(rebasing: bytes[skipEnd..<contentEnd]))
        }

        func sameKeptBytes(_ bytes: UnsafeBufferPointer<UInt8>, as other: Row, in otherBytes: UnsafeBufferPointer<UInt8>) -> Bool {
            withKept(bytes) { before, after in
                other.withKept(otherBytes) { otherBefore, otherAfter in
                    Self.same(before, otherBefore) && Self.same(after, otherAfter)
                }
            }
        }

        private static func same(_ one: UnsafeBufferPointer<UInt8>, _ other: UnsafeBufferPointer<UInt8>) -> Bool {
            guard one.count == other.count else { return false }
            guard let first = one.baseAddress, let second = other.baseAddress else { return true }
            return memcmp(first, second, one.count) == 0
        }
    }

    /// Pairs rows with equal kept bytes, each row at most once, the earlier rows of a group first.
    static func pairs(_ old: [Row], _ oldBytes: UnsafeBufferPointer<UInt8>, _ new: [Row], _ newBytes: UnsafeBufferPointer<UInt8>)
        -> (old: [Bool], new: [Bool]) {
        let oldOrder = old.indices.sorted { (old[$0].hash, $0) < (old[$1].hash, $1) }
        let newOrder = new.indices.sorted { (new[$0].hash, $0) < (new[$1].hash, $1) }
        var oldPaired = [Bool](repeating: false, count: old.count)
        var newPaired = [Bool](repeating: false, count: new.count)
        var i = 0, j = 0
        while i < oldOrder.count, j < newOrder.count {
            let hash = old[oldOrder[i]].hash, otherHash = new[newOrder[j]].hash
            if hash < otherHash { i += 1; continue }
            if hash > otherHash { j += 1; continue }
            var groupEnd = j
            while groupEnd < newOrder.count, new[newOrder[groupEnd]].hash == hash { groupEnd += 1 }
            while i < oldOrder.count, old[oldOrder[i]].hash == hash {
                let row = oldOrder[i]
                if let partner = newOrder[j..<groupEnd].first(where: { !newPaired[$0] && old[row].sameKeptBytes(oldBytes, as: new[$0], in: newBytes) }) {
                    oldPaired[row] = true
                    newPaired[partner] = true
                }
                i += 1
            }
            j = groupEnd
        }
        return (oldPaired, newPaired)
    }
}
