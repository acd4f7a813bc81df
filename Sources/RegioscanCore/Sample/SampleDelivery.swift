/// One generated delivery file, read back as rows so that a follow-up year can edit it and write it again in
/// the same dialect: delimiter, encoding, line ending and Excel's `sep=` line.
struct SampleDelivery: Sendable {
    var name: String
    var header: [String]
    var rows: [[String]]
    let delimiter: Character
    let encoding: TextEncoding
    let lineEnding: String
    let separatorLine: Bool
    private let columns: [Column: Int]

    init(name: String, bytes: [UInt8]) {
        self.name = name
        let text = DecodedText(bytes: bytes)
        var diagnostics = Diagnostics()
        let table = CSVReader.read(text, file: name, diagnostics: &diagnostics)
        header = table?.header.cells ?? []
        rows = table?.rows.map(\.cells) ?? []
        delimiter = Character(UnicodeScalar(table?.delimiter ?? UInt8(ascii: ";")))
        encoding = text.encoding
        lineEnding = bytes.contains(0x0D) ? "\r\n" : "\n"
        separatorLine = text.utf8.starts(with: Array("sep=".utf8))
        var columns: [Column: Int] = [:]
        for (index, name) in header.enumerated() {
            if let column = Self.spellings[name.lowercased()], columns[column] == nil { columns[column] = index }
        }
        self.columns = columns
    }

    /// Header spellings the sample writes: the contract's names and the two office layouts.
    static let spellings: [String: Column] = {
        var result: [String: Column] = [:]
        for column in Column.allCases {
            for name in [column.rawValue, SampleProvinces.titleHeaders[column], SampleProvinces.aliasHeaders[column]].compactMap({ $0 }) {
                result[name.lowercased()] = result[name.lowercased()] ?? column
            }
        }
        return result
    }()

    func cell(_ row: [String], _ column: Column) -> String {
        guard let index = columns[column], index < row.count else { return "" }
        return row[index]
    }

    mutating func set(_ row: Int, _ column: Column, _ value: String) {
        guard let index = columns[column] else { return }
        while rows[row].count <= index { rows[row].append("") }
        rows[row][index] = value
    }

    var initiativeIDs: [String] {
        var ids: [String] = []
        for row in rows {
            let id = cell(row, .initiativeID)
            if !id.isEmpty, !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    var goodPracticeIDs: Set<String> {
        Set(rows.filter { ["ja", "x", "1"].contains(cell($0, .goodPractice).lowercased()) }.map { cell($0, .initiativeID) })
    }

    /// The province the file belongs to, for names of new initiatives.
    var place: String {
        SampleProvinces.all.first { $0.layout.fileName == name }?.name ?? "Nederland"
    }

    /// Drops stopped initiatives, gives renamed ones their new id and name, and changes some reach values.
    mutating func apply(_ plan: SampleChurnPlan, rng: inout SplitMix64) {
        let kept = rows.filter { !plan.stopped.contains(cell($0, .initiativeID)) }
        rows = kept
        for index in rows.indices {
            let id = cell(rows[index], .initiativeID)
            if let new = plan.renamed[id] {
                set(index, .initiativeID, new)
                let name = cell(rows[index], .initiative)
                if !name.isEmpty { set(index, .initiative, name + " " + Self.renameSuffix(new)) }
            }
            if rng.chance(35) { changeReach(index, rng: &rng) }
        }
    }

    static let renameSuffixes = ["2.0", "Plus", "Next", "Vervolg"]

    /// The same suffix on every row (and in every file) of a renamed initiative.
    static func renameSuffix(_ id: String) -> String {
        renameSuffixes[id.utf8.reduce(0) { $0 + Int($1) } % renameSuffixes.count]
    }

    /// A plain number becomes 50% to 180% of itself; estimates and unknown reach stay as written.
    private mutating func changeReach(_ index: Int, rng: inout SplitMix64) {
        let text = cell(rows[index], .reach)
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let value = Int64(text) else { return }
        let percent = Int64(50 + rng.below(131))
        set(index, .reach, String(max(1, value * percent / 100)))
    }

    /// Appends the rows of an existing initiative under a new id and name: a new initiative with the same shape.
    mutating func copyInitiative(_ template: String, as id: String, name: String, rng: inout SplitMix64) {
        let source = rows.indices.filter { cell(rows[$0], .initiativeID) == template }
        for index in source {
            rows.append(rows[index])
            let copy = rows.count - 1
            set(copy, .initiativeID, id)
            if !cell(rows[copy], .initiative).isEmpty { set(copy, .initiative, name) }
            if !cell(rows[copy], .website).isEmpty {
                set(copy, .website, "https://" + name.lowercased().split(separator: " ").joined(separator: "-") + ".example")
            }
            if !cell(rows[copy], .goodPractice).isEmpty { set(copy, .goodPractice, "nee") }
            changeReach(copy, rng: &rng)
        }
    }

    func bytes() -> [UInt8] {
        var text = separatorLine ? "sep=\(delimiter)\(lineEnding)" : ""
        text += CSVWriter.line(header, delimiter: delimiter, lineEnding: lineEnding)
        for row in rows { text += CSVWriter.line(row, delimiter: delimiter, lineEnding: lineEnding) }
        switch encoding {
        case .utf8WithBOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .windows1252: return Windows1252.encode(text)
        case .utf8, .utf16: return Array(text.utf8)
        }
    }
}
