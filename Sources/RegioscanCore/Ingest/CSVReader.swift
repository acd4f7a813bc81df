/// Reads RFC 4180 CSV as Dutch offices write it: `,`, `;` or tab (detected from the header line, or from an
/// Excel `sep=` line), CRLF, LF or CR line ends, quoted cells with delimiters, doubled quotes and line breaks.
///
/// Every record keeps the physical line it starts on. Problems are reported, never thrown: a broken file yields
/// `nil` and its errors, so that the run can go on with the other files.
public enum CSVReader {
    static let quote = UInt8(ascii: "\"")
    static let carriageReturn: UInt8 = 0x0D
    static let lineFeed: UInt8 = 0x0A
    static let candidates: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "\t")]

    public static func read(_ text: DecodedText, file: String, diagnostics: inout Diagnostics) -> CSVTable? {
        var rows: [CSVRecord] = []
        guard let (delimiter, header) = stream(text, file: file, diagnostics: &diagnostics, row: { rows.append($0) }) else {
            return nil
        }
        if rows.isEmpty {
            diagnostics.warning(.file, at: SourceLocation(file: file, line: header.line), Messages.headerOnly)
        }
        return CSVTable(file: file, delimiter: delimiter, encoding: text.encoding, header: header, rows: rows)
    }

    /// Reads the header and hands over the rows one by one, each cut to the header's width, without holding the
    /// table: a reader that keeps less than every cell (a comparison of two outputs) stays small. Blank rows are
    /// skipped; a row with filled cells beyond the header is reported and skipped. Nil for a broken or empty file.
    static func stream(_ text: DecodedText, file: String, diagnostics: inout Diagnostics,
                       header found: (CSVRecord) -> Void = { _ in },
                       row: (CSVRecord) -> Void) -> (delimiter: UInt8, header: CSVRecord)? {
        stream(text, file: file, diagnostics: &diagnostics, as: CSVRecord.self, header: found) { row($0) }
    }

    /// The same with the rows kept as `Row` (`CSVByteRow`: the cells' bytes), handed over to be read there and
    /// then: the next row reuses the storage.
    static func stream<Row: CSVRowStorage>(_ text: DecodedText, file: String, diagnostics: inout Diagnostics,
                                           as _: Row.Type, header found: (CSVRecord) -> Void = { _ in },
                                           row: (inout Row) -> Void) -> (delimiter: UInt8, header: CSVRecord)? {
        let bytes = text.utf8
        if let nulLine = text.lineOfFirstNUL {
            diagnostics.error(.file, at: SourceLocation(file: file, line: nulLine),
                              Messages.nulByte)
            return nil
        }
        var start = 0
        var firstLine = 1
        var delimiter: UInt8
        if let sep = excelSeparatorLine(bytes) {
            delimiter = sep.delimiter
            start = sep.bodyStart
            firstLine = 2
        } else {
            delimiter = detectDelimiter(bytes, from: 0)
        }
        var header: CSVRecord?
        var width = 0
        var tooWide: [(line: Int, cells: Int, column: Int)] = []
        tokenize(bytes, from: start, firstLine: firstLine, delimiter: delimiter, file: file,
                 diagnostics: &diagnostics) { (record: inout Row) in
            guard !record.isBlankRecord else { return }
            guard header != nil else {
                var first = record.asRecord
                while let last = first.cells.last, last.allSatisfy(\.isWhitespace) { first.cells.removeLast() }
                header = first
                width = first.cells.count
                found(first)
                return
            }
            guard record.cellCount > width else { return row(&record) }
            if let firstFilled = (width..<record.cellCount).first(where: { !record.isWhitespaceCell($0) }) {
                tooWide.append((record.line, record.cellCount, firstFilled + 1))
                return
            }
            record.removeCells(from: width)
            row(&record)
        }
        for problem in tooWide {
            diagnostics.error(.dialect, at: SourceLocation(file: file, line: problem.line),
                              Messages.tooManyCells(problem.cells, width, column: problem.column))
        }
        guard let header else {
            diagnostics.error(.file, at: SourceLocation(file: file, line: 1), Messages.emptyFile)
            return nil
        }
        return (delimiter, header)
    }

    /// Excel writes `sep=;` as a first line when asked to; it names the delimiter and is no header.
    static func excelSeparatorLine(_ bytes: [UInt8]) -> (delimiter: UInt8, bodyStart: Int)? {
        guard bytes.count >= 5 else { return nil }
        let prefix = bytes.prefix(4).map { $0 | 0x20 }
        guard prefix == Array("sep=".utf8) else { return nil }
        let delimiter = bytes[4]
        guard candidates.contains(delimiter) || delimiter == UInt8(ascii: "|") else { return nil }
        var index = 5
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index == bytes.count || bytes[index] == lineFeed || bytes[index] == carriageReturn else { return nil }
        if index < bytes.count, bytes[index] == carriageReturn { index += 1 }
        if index < bytes.count, bytes[index] == lineFeed { index += 1 }
        return (delimiter, index)
    }

    /// The candidate that occurs most often outside quotes in the first non-blank line; `;` wins a tie,
    /// since a Dutch Excel writes it and a comma is more likely to appear inside a header name.
    static func detectDelimiter(_ bytes: [UInt8], from start: Int) -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var inQuotes = false
        var sawContent = false
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == quote {
                inQuotes.toggle()
            } else if !inQuotes, byte == lineFeed || byte == carriageReturn {
                if sawContent { break }
            } else if !inQuotes, candidates.contains(byte) {
                counts[byte, default: 0] += 1
                sawContent = true
            } else if byte != UInt8(ascii: " ") {
                sawContent = true
            }
            index += 1
        }
        return candidates.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }.flatMap { counts[$0] == nil ? nil : $0 }
            ?? UInt8(ascii: ",")
    }

    private static let eightSpaces = 0x2020_2020_2020_2020 as UInt64

    static func tokenize<Row: CSVRowStorage>(
        _ bytes: [UInt8], from start: Int, firstLine: Int, delimiter: UInt8,
        file: String, diagnostics: inout Diagnostics, emit: (inout Row) -> Void
    ) {
        var row = Row(line: firstLine, width: 0)
        // A quoted cell is copied byte by byte (quotes undone); an unquoted one is read straight from the input.
        var quoted: [UInt8] = []
        var cellStart = start
        var line = firstLine
        var inQuotes = false
        var quoteLine = firstLine
        var cellIsQuoted = false
        // Whether the unquoted cell so far holds only spaces: kept as we go, since looking back over the cell at
        // every quote would make a cell full of quotes quadratic.
        var onlySpacesSoFar = true

        bytes.withUnsafeBufferPointer { buffer in
            func finishCell(at end: Int) {
                if cellIsQuoted {
                    // Text after the closing quote (`"a"b`) belongs to the cell, as spreadsheets read it.
                    if quotedEnd < end { quoted.append(contentsOf: buffer[quotedEnd..<end]) }
                    quoted.withUnsafeBufferPointer { row.appendCell($0) }
                    quoted.removeAll(keepingCapacity: true)
                } else {
                    row.appendCell(UnsafeBufferPointer(rebasing: buffer[cellStart..<end]))
                }
                cellIsQuoted = false
            }
            var quotedEnd = 0
            var index = start
            let count = buffer.count
            let raw = UnsafeRawPointer(buffer.baseAddress)
            while index < count {
                // Eight bytes at a time where none of them ends a cell, a line or a quote: most bytes of a file.
                if let raw, index + 8 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let plain = !word.containsByte(quote) && !word.containsByte(carriageReturn) && !word.containsByte(lineFeed)
                    if plain, inQuotes {
                        quoted.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<(index + 8)]))
                        index += 8
                        continue
                    }
                    if plain, !word.containsByte(delimiter) {
                        if word != Self.eightSpaces { onlySpacesSoFar = false }
                        index += 8
                        continue
                    }
                }
                let byte = buffer[index]
                if inQuotes {
                    if byte == quote {
                        if index + 1 < count, buffer[index + 1] == quote {
                            quoted.append(quote)
                            index += 2
                        } else {
                            inQuotes = false
                            index += 1
                            quotedEnd = index
                        }
                        continue
                    }
                    if byte == carriageReturn || byte == lineFeed {
                        line += 1
                        quoted.append(lineFeed)
                        if byte == carriageReturn, index + 1 < count, buffer[index + 1] == lineFeed { index += 1 }
                        index += 1
                        continue
                    }
                    quoted.append(byte)
                    index += 1
                    continue
                }
                if byte == delimiter {
                    finishCell(at: index)
                    index += 1
                    cellStart = index
                    onlySpacesSoFar = true
                    continue
                }
                if byte == carriageReturn || byte == lineFeed {
                    finishCell(at: index)
                    emit(&row)
                    line += 1
                    row.startNext(line: line)
                    if byte == carriageReturn, index + 1 < count, buffer[index + 1] == lineFeed { index += 1 }
                    index += 1
                    cellStart = index
                    onlySpacesSoFar = true
                    continue
                }
                // An opening quote may follow spaces (`a, "b"`); a quote inside an unquoted cell is literal.
                if byte == quote, !cellIsQuoted, onlySpacesSoFar {
                    inQuotes = true
                    cellIsQuoted = true
                    quoteLine = line
                    index += 1
                    quotedEnd = index
                    continue
                }
                if byte != UInt8(ascii: " ") { onlySpacesSoFar = false }
                index += 1
            }
            if !inQuotes, cellStart < count || row.cellCount > 0 || cellIsQuoted {
                finishCell(at: count)
                emit(&row)
            }
        }
        if inQuotes {
            diagnostics.error(.dialect, at: SourceLocation(file: file, line: quoteLine), Messages.unterminatedQuote)
        }
    }
}
