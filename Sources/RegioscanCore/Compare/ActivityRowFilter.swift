/// Leaves out, before two `data/activiteiten.csv` files are parsed and matched by key, every row that has a
/// partner on the other side with the same bytes in every column but one (the source reference, which moves when
/// a row is inserted above). A rerun after a fix of a few rows then parses a few rows instead of all of them: at
/// 10⁵ activities, parsing and keying both files took 1.5 s of the rerun. The files are read in windows and only
/// a 128-bit hash and the place of each row are kept.
///
/// Rows are compared as bytes, so this holds only for two files of the same writer: the same header bytes (and,
/// checked by the caller on what remains, UTF-8). Otherwise nothing is left out and every row is compared.
enum ActivityRowFilter {
    /// Each file's header followed by its rows without a partner, in file order, as CSV bytes; nil when the files
    /// cannot be compared as bytes.
    /// `windowSize` (for the tests) is the bytes read at a time from a file.
    static func unpaired(_ previous: ActivityData, _ current: ActivityData, ignoring column: String,
                         windowSize: Int = ActivityData.windowSize) -> (previous: [UInt8], current: [UInt8])? {
        guard let layout = Layout(previous, current, ignoring: column) else { return nil }
        let scanning = BackgroundJob { Row.scan(current, layout: layout, windowSize: windowSize) }
        guard let oldRows = Row.scan(previous, layout: layout, windowSize: windowSize),
              let newRows = try? scanning.result() else { return nil }
        let (oldPaired, newPaired) = pairs(oldRows, newRows)
        guard let old = layout.reduced(previous, rows: oldRows, paired: oldPaired),
              let new = layout.reduced(current, rows: newRows, paired: newPaired) else { return nil }
        return (old, new)
    }

    /// The header both files share, where it ends, the delimiter and the place of the ignored column.
    struct Layout: Sendable {
        static let headerLimit = 1 << 16

        var header: [UInt8]
        var delimiter: UInt8
        var ignored: Int

        init?(_ previous: ActivityData, _ current: ActivityData, ignoring column: String) {
            guard let header = Self.header(previous), Self.header(current) == header else { return nil }
            var diagnostics = Diagnostics()
            guard let table = CSVReader.read(DecodedText(bytes: header), file: "", diagnostics: &diagnostics),
                  !diagnostics.hasErrors, let place = table.header.cells.firstIndex(of: column) else { return nil }
            self.header = header
            delimiter = table.delimiter
            ignored = place
        }

        /// The first record with its line end, if it ends within the first 64 KB.
        private static func header(_ data: ActivityData) -> [UInt8]? {
            guard let start = data.prefix(headerLimit) else { return nil }
            let end = start.withUnsafeBufferPointer {
                Row.lineEnds(in: $0, from: 0, delimiter: 0, complete: start.count < headerLimit)
            }
            return end.map { Array(start[..<$0.next]) }
        }

        /// The header and the rows not paired, each ending in a line end.
        func reduced(_ data: ActivityData, rows: [Row], paired: [Bool]) -> [UInt8]? {
            var ranges: [Range<Int>] = []
            for (index, row) in rows.enumerated() where !paired[index] {
                // Neighbouring rows are read at once.
                if let last = ranges.last, last.upperBound == row.start {
                    ranges[ranges.count - 1] = last.lowerBound..<row.next
                } else {
                    ranges.append(row.start..<row.next)
                }
            }
            guard var result = data.bytes(of: ranges) else { return nil }
            if let last = result.last, last != CSVReader.lineFeed, last != CSVReader.carriageReturn {
                result.append(CSVReader.lineFeed)
            }
            return header + result
        }
    }

    /// One data row: where it starts and where the next starts, and two independent hashes of its bytes apart
    /// from the ignored cell (128 bits: two different rows that agree in both are not to be expected).
    struct Row: Sendable {
        var start: Int
        var next: Int
        var hash: UInt64
        var check: UInt64

        /// Every row after the header; nil when the file cannot be read.
        static func scan(_ data: ActivityData, layout: Layout, windowSize: Int) -> [Row]? {
            var rows: [Row] = []
            let read = data.windows(size: windowSize) { window, offset, atEnd in
                // The header may reach into the next window (a window shorter than the header, in the tests).
                var position = max(0, layout.header.count - offset)
                while position < window.count,
                      let found = lineEnds(in: window, from: position, delimiter: layout.delimiter, ignored: layout.ignored,
                                           complete: atEnd) {
                    var hash = RowHash()
                    hash.add(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: window[position..<found.skip.lowerBound])))
                    hash.add(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: window[found.skip.upperBound..<found.contentEnd])))
                    let (first, second) = hash.finalize()
                    rows.append(Row(start: offset + position, next: offset + found.next, hash: first, check: second))
                    position = found.next
                }
                return min(position, window.count)
            }
            return read ? rows : nil
        }

        /// The end of the record starting at `start`, outside quotes: where its content ends, where the next one
        /// starts, and the byte range of cell number `ignored` (empty when the row is shorter). Nil when the
        /// record may go on past the window (`complete` false).
        static func lineEnds(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, delimiter: UInt8, ignored: Int = -1,
                             complete: Bool) -> (contentEnd: Int, next: Int, skip: Range<Int>)? {
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
            if position < bytes.count {
                let isCR = bytes[position] == CSVReader.carriageReturn
                // A carriage return at the window's end may be the first half of CRLF.
                if isCR, position + 1 == bytes.count, !complete { return nil }
                position += isCR && position + 1 < bytes.count && bytes[position + 1] == CSVReader.lineFeed ? 2 : 1
            } else if !complete {
                return nil
            }
            if skipStart >= 0, skipEnd < 0 { skipEnd = contentEnd }
            let skip = skipStart >= 0 ? skipStart..<skipEnd : contentEnd..<contentEnd
            return (contentEnd, position, skip)
        }
    }

    /// Pairs rows with equal hashes, each row at most once, the earlier rows of a group first.
    static func pairs(_ old: [Row], _ new: [Row]) -> (old: [Bool], new: [Bool]) {
        // By (hash, check, place): the first hash and the place sorted by radix (a comparison sort of a million
        // rows per file took a third of a second), then runs with one hash (equal rows) by check and place.
        func order(_ rows: [Row]) -> [Int] {
            var packed = rows.indices.map { UInt128(rows[$0].hash) << 64 | UInt128($0) }
            packed.radixSort()
            var order = packed.map { Int(truncatingIfNeeded: $0) }
            var start = 0
            while start < order.count {
                var end = start + 1
                while end < order.count, rows[order[end]].hash == rows[order[start]].hash { end += 1 }
                if end - start > 1 { order[start..<end].sort { (rows[$0].check, $0) < (rows[$1].check, $1) } }
                start = end
            }
            return order
        }
        let oldOrder = order(old), newOrder = order(new)
        var oldPaired = [Bool](repeating: false, count: old.count)
        var newPaired = [Bool](repeating: false, count: new.count)
        var i = 0, j = 0
        while i < oldOrder.count, j < newOrder.count {
            let a = old[oldOrder[i]], b = new[newOrder[j]]
            if (a.hash, a.check) < (b.hash, b.check) {
                i += 1
            } else if (b.hash, b.check) < (a.hash, a.check) {
                j += 1
            } else {
                oldPaired[oldOrder[i]] = true
                newPaired[newOrder[j]] = true
                i += 1
                j += 1
            }
        }
        return (oldPaired, newPaired)
    }
}
