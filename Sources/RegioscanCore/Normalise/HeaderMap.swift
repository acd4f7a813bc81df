/// Which header cell holds which contract column, personal column or nothing we use.
public struct HeaderMap: Sendable {
    public private(set) var columns: [Column: Int] = [:]
    /// `columns` by the column's place in `Column.allCases`: read for every cell of every row, without hashing.
    private var positions: [Int?] = Column.allCases.map { _ in nil }
    /// Columns the settings mark as personal, by header text, with the header's key.
    public private(set) var personal: [(header: String, index: Int, key: String)] = []
    public private(set) var unknown: [(header: String, index: Int)] = []
    public let headers: [String]

    /// Matches header names case-, accent-, space- and underscore-insensitively, through the aliases of
    /// `kolommen.yaml`, and reports duplicate, unknown and missing columns.
    public init(header: CSVRecord, file: String, aliases: [Column: [String]], personalColumns: [String],
                provinceFromFileName: Bool, sheet: SheetPlace? = nil, diagnostics: inout Diagnostics) {
        headers = header.cells.map(\.trimmed)
        var lookup: [String: Column] = [:]
        for column in Column.allCases {
            for name in [column.rawValue] + (aliases[column] ?? []) { lookup[name.headerKey] = column }
        }
        let personalKeys = Set(personalColumns.map(\.headerKey))
        let location = SourceLocation(file: file, line: header.line, sheet: sheet)
        var seen: [String: Int] = [:]
        for (index, name) in headers.enumerated() {
            let key = name.headerKey
            if let first = seen[key], !key.isEmpty {
                diagnostics.error(.header, at: location, Messages.duplicateHeader(name, first: Self.position(first, sheet: sheet),
                                                                                      second: Self.position(index, sheet: sheet)))
                continue
            }
            seen[key] = index
            if let column = lookup[key] {
                if let first = columns[column] {
                    diagnostics.error(.header, at: location,
                                      Messages.duplicateColumn(column, first: headers[first], second: name))
                } else {
                    columns[column] = index
                }
            } else if personalKeys.contains(key) {
                personal.append((name, index, key))
            } else {
                unknown.append((name, index))
            }
        }
        positions = Column.allCases.map { columns[$0] }
        reportUnknown(location: location, diagnostics: &diagnostics)
        for column in Column.required where columns[column] == nil {
            if column == .province, provinceFromFileName { continue }
            diagnostics.error(.header, at: location.with(column: column.rawValue),
                              Messages.missingColumn(column, closest: closestHeader(to: column)))
        }
    }

    /// One warning per file, however many columns: a sheet with 100,000 stray columns must stay readable.
    private func reportUnknown(location: SourceLocation, diagnostics: inout Diagnostics) {
        let named = unknown.filter { !$0.header.isEmpty }
        let unnamedWithIndex = unknown.filter { $0.header.isEmpty }
        if !named.isEmpty {
            diagnostics.warning(.unknownColumn, at: location, Messages.unknownColumns(named.map(\.header)))
        }
        if !unnamedWithIndex.isEmpty {
            let positions = unnamedWithIndex.map { Self.position($0.index, sheet: location.sheet) }
            diagnostics.warning(.unknownColumn, at: location,
                                Messages.unnamedColumns(positions, letters: location.sheet != nil))
        }
    }

    /// A column as the user finds it: its number in a text file, its letter in a workbook.
    static func position(_ index: Int, sheet: SheetPlace?) -> String {
        sheet == nil ? String(index + 1) : CellReference.letters(index)
    }

    private func closestHeader(to column: Column) -> String? {
        let used = Set(columns.values)
        let candidates = headers.enumerated()
            .filter { !used.contains($0.offset) && !$0.element.isEmpty }
            .map { (key: $0.element.matchKey, label: $0.element) }
        guard !candidates.isEmpty else { return nil }
        let target = column.rawValue.matchKey
        return candidates.min { lhs, rhs in
            Suggestion.distance(from: target, to: lhs.key) < Suggestion.distance(from: target, to: rhs.key)
        }?.label
    }

    public func index(of column: Column) -> Int? { positions[column.casePosition] }
}
