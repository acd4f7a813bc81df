/// Writes `WorkbookSheet`s into an .xlsx file: title and notes, blocks one below the other, charts to the right.
struct WorkbookWriter {
    static let chartWidth = 640.0
    static let maximumAutoWidth = 60.0
    /// Rows that fit on a screen: a longer table gets a frozen header row.
    static let screenRows = 25

    let properties: XLSXWorkbook.Properties
    /// For very large inputs: rows are streamed to disk (tables become autofilters).
    let constantMemory: Bool

    /// Writes the workbook and returns the places where text had to be cut at Excel's limit.
    func write(_ sheets: [WorkbookSheet], to path: String) throws -> [String] {
        let workbook = try XLSXWorkbook(path: path, properties: properties, constantMemory: constantMemory)
        var truncated: [String] = []
        for sheet in sheets {
            let worksheet = try workbook.addWorksheet(sheet.name)
            truncated += try write(sheet, on: worksheet, in: workbook)
        }
        try workbook.close()
        return truncated + workbook.deferredTruncations
    }

    /// Where a block landed, for charts.
    struct Placement {
        var headerRow: Int
        var firstRow: Int
        var lastRow: Int
        var columns: Int
    }

    private func write(_ sheet: WorkbookSheet, on worksheet: XLSXWorksheet, in workbook: XLSXWorkbook) throws -> [String] {
        var truncated: [String] = []
        try setWidths(sheet, on: worksheet)
        var row = 0
        try worksheet.write(sheet.title, row: row, column: 0, format: .title)
        row += 1
        if let notice = sheet.notice {
            try worksheet.write(notice, row: row, column: 0, format: .notice)
            row += 1
        }
        for note in sheet.notes {
            try worksheet.write(note, row: row, column: 0, format: .note)
            row += 1
        }
        row += 1
        var placements: [Placement] = []
        var frozen = false
        for (index, block) in sheet.blocks.enumerated() {
            if let heading = block.heading {
                try worksheet.write(heading, row: row, column: 0, format: .heading)
                row += 1
            }
            let headerRow = row
            let rowCount = min(block.rowCount, XLSXLimits.maximumRows - headerRow - 1)
            let asTable = block.tableName != nil && !constantMemory && rowCount > 0
            if !asTable {
                for (column, header) in block.headers.enumerated() {
                    try worksheet.write(header, row: headerRow, column: column, format: .header)
                }
            }
            // The last table of a sheet goes into the workbook's zip when it is closed: no cell objects and
            // shared strings in libxlsxwriter, no temporary copies. An Excel table keeps its header and range.
            if block.tableName != nil, rowCount > 0, index == sheet.blocks.count - 1, XLSXDeferredRows.isAvailable {
                let writeRow = block.writeRow ?? { index, stream in stream.write(block.row(index)) }
                workbook.deferRows(try XLSXDeferredRows(worksheet: worksheet, firstRow: headerRow + 1, count: rowCount,
                                                        columns: block.headers.count, writeRow: writeRow))
            } else {
                truncated += try writeRows(block, count: rowCount, below: headerRow, on: worksheet)
            }
            let lastRow = headerRow + max(rowCount, 1)
            if let name = block.tableName {
                if asTable {
                    try worksheet.addTable(name: name, headers: block.headers, firstRow: headerRow, lastRow: headerRow + rowCount)
                } else {
                    try worksheet.autofilter(firstRow: headerRow, lastRow: lastRow, columns: block.headers.count)
                }
            }
            // A table longer than a screen keeps its header in view, if it starts on the first screen; so do
            // repeated tables with one header (a block per panel or province) that together run past a screen.
            let long = rowCount > Self.screenRows || (repeatsHeaders(sheet) && sheetRows(sheet) > Self.screenRows)
            if !frozen, block.tableName != nil || (long && headerRow < Self.screenRows / 2) {
                worksheet.freezePanes(row: headerRow + 1, column: 0)
                frozen = true
            }
            placements.append(Placement(headerRow: headerRow, firstRow: headerRow + 1, lastRow: headerRow + rowCount,
                                        columns: block.headers.count))
            row = lastRow + 2
        }
        try insertCharts(sheet, placements: placements, on: worksheet, in: workbook)
        worksheet.preparePrinting(landscape: sheet.landscape || (placements.map(\.columns).max() ?? 0) > 6)
        return truncated
    }

    /// The data rows of a block; returns the cells whose text was cut. In constant-memory mode the rows go
    /// straight into the library's row file, except rows with a link, which need the library.
    private func writeRows(_ block: SheetBlock, count: Int, below headerRow: Int, on worksheet: XLSXWorksheet) throws -> [String] {
        var truncated: [String] = []
        func cut(_ column: Int, _ row: Int) {
            truncated.append(XLSXRange.place(sheet: worksheet.name, row: row, column: column))
        }
        var stream = constantMemory ? XLSXRowStream(worksheet: worksheet) : nil
        stream?.begin()
        for index in 0..<count {
            let row = headerRow + 1 + index
            let cells = block.row(index)
            if stream != nil, !cells.contains(where: \.isLink) {
                try stream?.write(row: row, cells: cells).forEach { cut($0, row) }
                continue
            }
            try stream?.end()
            for (column, cell) in cells.enumerated() where try write(cell, on: worksheet, row: row, column: column) {
                cut(column, row)
            }
            stream?.begin()
        }
        try stream?.end()
        return truncated
    }

    /// Every block of the sheet has the first block's column headers.
    private func repeatsHeaders(_ sheet: WorkbookSheet) -> Bool {
        sheet.blocks.count > 1 && sheet.blocks.allSatisfy { $0.headers == sheet.blocks[0].headers }
    }

    private func sheetRows(_ sheet: WorkbookSheet) -> Int {
        sheet.blocks.map { $0.rowCount + 3 }.reduce(0, +)
    }

    /// Returns true when the text was cut.
    private func write(_ cell: TableCell, on worksheet: XLSXWorksheet, row: Int, column: Int) throws -> Bool {
        switch cell {
        case .text(let text):
            // No wrapping: row heights stay even, and a long text shows in full in the cell's edit bar.
            return try worksheet.write(text, row: row, column: column, format: .plain)
        case .integer(let value):
            try worksheet.write(Double(value), row: row, column: column, format: .integer)
        case .percent(let value):
            try worksheet.write(value, row: row, column: column, format: .percent)
        case .decimal(let value):
            try worksheet.write(value, row: row, column: column, format: .decimal)
        case .sheetLink(let text, let sheet):
            try worksheet.writeLink(toSheet: sheet, text: text, row: row, column: column)
        case .empty:
            break
        }
        return false
    }

    /// Column widths from the content (first rows of long blocks), between 8 and 60 characters.
    private func setWidths(_ sheet: WorkbookSheet, on worksheet: XLSXWorksheet) throws {
        var widths: [Int: Double] = [:]
        for block in sheet.blocks {
            if let fixed = block.widths {
                for (column, width) in fixed.enumerated() { widths[column] = max(widths[column] ?? 0, width) }
                continue
            }
            for (column, header) in block.headers.enumerated() {
                widths[column] = max(widths[column] ?? 0, Double(min(header.count, 24)) + 2)
            }
            for index in 0..<min(block.rowCount, 300) {
                for (column, cell) in block.row(index).enumerated() {
                    let length = cell.isNumber ? 10.0 : Double(cell.displayText.count) + 2
                    widths[column] = max(widths[column] ?? 0, length)
                }
            }
        }
        for (column, width) in widths.sorted(by: { $0.key < $1.key }) {
            try worksheet.setColumn(column, width: min(max(width, 8), Self.maximumAutoWidth))
        }
    }

    private func insertCharts(_ sheet: WorkbookSheet, placements: [Placement], on worksheet: XLSXWorksheet,
                              in workbook: XLSXWorkbook) throws {
        let column = (placements.map(\.columns).max() ?? 1) + 1
        var row = placements.first?.headerRow ?? 3
        for spec in sheet.charts {
            let placement = placements[spec.block]
            guard placement.lastRow >= placement.firstRow else { continue }
            var builder = ChartBuilder(spec: spec, placement: placement, sheet: sheet.name, workbook: workbook)
            builder.tickPlacement = spec.tickBlock.map { placements[$0] }
            let chart = try builder.build()
            let categories = placement.lastRow - placement.firstRow + 1
            let bars = spec.kind == .bar ? categories * max(spec.valueColumns.count, 1) : categories
            let height = spec.kind == .quadrant ? 560 : min(max(300, Double(bars) * 20 + 130), 1600)
            try worksheet.insert(chart, row: row, column: column, width: Self.chartWidth, height: height)
            row += Int(height / 20) + 2
        }
    }
}
