import Foundation

/// Turns the rows of one CSV table into `ParsedRow`s: header matching, the province, closed vocabularies with
/// their aliases and suggestions, open vocabularies, booleans, reach and personal columns.
///
/// One instance serves all files of a run, in order, so that new open-vocabulary labels keep the spelling
/// seen first and parsed cells are cached across files.
struct RowNormaliser {
    static let maximumCellLength = 32_767
    /// Suggestions cost an edit-distance search each; garbage input must stay fast. The budget (and the cache of
    /// suggestions made) is per file: the files are read in runs, one run per core, and which messages carry a
    /// suggestion must not depend on how many cores the machine has.
    static let suggestionBudget = 2_000

    let taxonomy: Taxonomy
    let personalColumns: [String]
    var registry: OpenLabelRegistry
    /// The outcome of each distinct closed cell, per column (tagged by its case position).
    private var closedCache = TextTable<ClosedOutcome>()
    /// Each value of a closed cell matched once: lists combine the same few values in many ways, and a match
    /// builds a match key.
    private var partMatches: [CellText<DimensionID>: VocabularyMatch] = [:]
    /// Open-vocabulary cells resolved before, as written: the labels in order of appearance (each occurrence
    /// counts for the "nieuw label" warnings) and the sorted list that rows share.
    private var openCells = TextTable<OpenCell>()
    private var suggestionCache: [Column: [String: String?]] = [:]
    private var suggestionsLeft = RowNormaliser.suggestionBudget
    /// Every distinct list of open labels once: rows share the list's storage instead of each holding a copy
    /// (at 10⁶ rows the copies were a large part of the memory of a run).
    private var openLists: Set<[Int]> = []
    /// Texts that repeat over rows (an initiative's name and website on each of its rows, geographies, contact
    /// data), each kept once: rows share one string instead of each holding the copy its cell was read into.
    private var sharedTexts = TextTable<Void>()
    /// Parsed reach per text: reach cells repeat a few thousand values over any number of rows.
    private var reachCache = TextTable<ReachValue>()
    /// The match keys of the fixed personal columns, made once instead of once per row.
    private static let personalColumnKeys = [Column.contactPerson, .email].map { ($0, $0.rawValue.headerKey) }
    /// Caches stop growing here, so that a file of only distinct values cannot fill the memory with them.
    static let cacheLimit = 100_000

    /// A text as read in one column or dimension: one key for one cache, so that its size is its count.
    private struct CellText<Kind: Hashable>: Hashable {
        let kind: Kind
        let text: String
    }

    private struct OpenCell {
        let parts: [Int]
        let list: [Int]
    }

    /// A closed-vocabulary cell: the categories it names and the values that matched none.
    struct ClosedOutcome {
        var indices: [Int] = []
        var unknown: [String] = []
        var valueCount = 0
    }

    init(taxonomy: Taxonomy, personalColumns: [String]) {
        self.taxonomy = taxonomy
        self.personalColumns = personalColumns
        self.registry = OpenLabelRegistry(taxonomy: taxonomy)
    }

    /// The province a file name stands for (`utrecht.csv`, `UT.csv`, `NL-UT.csv`, `Noord_Holland.csv`).
    func province(fromFileName file: String) -> Int? {
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        if case .category(let index) = taxonomy.provinces.match(name) { return index }
        return nil
    }

    mutating func normalise(_ table: CSVTable, diagnostics: inout Diagnostics) -> [ParsedRow] {
        guard var file = start(file: table.file, header: table.header, sheet: table.sheet, diagnostics: &diagnostics)
        else { return [] }
        let rows = table.rows.compactMap { row($0, of: &file, diagnostics: &diagnostics) }
        finish(file, diagnostics: &diagnostics)
        return rows
    }

    /// A CSV file's rows, normalised as they are read, as bytes, without a table of every cell of the file: at
    /// 10⁶ activities those tables were a few hundred megabytes of short-lived strings. The rows and problems are
    /// those of reading the table first (`CSVReader.read`) and then normalising it, in the same order.
    mutating func normalise(_ text: DecodedText, file: String, diagnostics: inout Diagnostics) -> [ParsedRow] {
        var rows: [ParsedRow] = []
        var state: FileState?
        var rowsRead = 0
        // The normaliser's problems follow the reader's, as when the whole table was read first.
        var normalised = Diagnostics()
        let read = CSVReader.stream(text, file: file, diagnostics: &diagnostics, as: CSVByteRow.self, header: { header in
            state = start(file: file, header: header, sheet: nil, diagnostics: &normalised)
        }, row: { record in
            rowsRead += 1
            guard state != nil, let row = row(record, of: &state!, diagnostics: &normalised) else { return }
            rows.append(row)
        })
        guard let read else { return [] }
        if rowsRead == 0 {
            diagnostics.warning(.file, at: SourceLocation(file: file, line: read.header.line), Messages.headerOnly)
        }
        diagnostics.append(contentsOf: normalised)
        if let state { finish(state, diagnostics: &diagnostics) }
        return rows
    }

    /// A file being normalised row by row: its header, where its rows come from, and how many were read.
    struct FileState {
        let header: HeaderMap
        let origin: SourceOrigin
        let fileProvince: Int?
        let headerLine: Int
        let prefilled: Set<Int>
        var rowsRead = 0
        var rowsFilled = 0
    }

    /// Starts a file (or a workbook's sheet) with its header: nil when the header is broken, since its rows
    /// would each repeat the same problem (the header's problems are reported).
    mutating func start(file: String, header record: CSVRecord, sheet: String?,
                        diagnostics: inout Diagnostics) -> FileState? {
        suggestionsLeft = Self.suggestionBudget
        suggestionCache = [:]
        let fileProvince = province(fromFileName: file)
        var headerDiagnostics = Diagnostics()
        var place = sheet.map { SheetPlace(sheet: $0) }
        let header = HeaderMap(header: record, file: file, aliases: taxonomy.columnAliases,
                               personalColumns: personalColumns, provinceFromFileName: fileProvince != nil,
                               sheet: place, diagnostics: &headerDiagnostics)
        diagnostics.append(contentsOf: headerDiagnostics)
        guard !headerDiagnostics.hasErrors else { return nil }
        place?.letters = Self.columnLetters(header)
        return FileState(header: header, origin: SourceOrigin(file: file, sheet: place), fileProvince: fileProvince,
                         headerLine: record.line, prefilled: Set(Self.prefilledColumns.compactMap { header.index(of: $0) }))
    }

    /// One non-blank row of the file; nil for a row that holds only pre-filled values.
    mutating func row(_ record: some CSVRowStorage, of file: inout FileState, diagnostics: inout Diagnostics) -> ParsedRow? {
        file.rowsRead += 1
        guard file.prefilled.isEmpty || !record.isBlank(except: file.prefilled) else { return nil }
        file.rowsFilled += 1
        return parse(record, origin: file.origin, header: file.header, fileProvince: file.fileProvince,
                     diagnostics: &diagnostics)
    }

    /// Ends the file: rows that only hold pre-filled values make a file without activities.
    func finish(_ file: FileState, diagnostics: inout Diagnostics) {
        if file.rowsFilled == 0, file.rowsRead > 0 {
            diagnostics.warning(.file, at: SourceLocation(file: file.origin.file, line: file.headerLine, sheet: file.origin.sheet),
                                Messages.headerOnly)
        }
    }

    /// The columns a template may fill in ahead (the province of a province template): a row with nothing else
    /// is an unused row, not an activity with missing values (docs/invoerformaat.md).
    static let prefilledColumns: [Column] = [.province]

    /// In a workbook, messages name the cell: the letter of each column, by contract name and by header text.
    static func columnLetters(_ header: HeaderMap) -> [String: String] {
        var letters: [String: String] = [:]
        for (index, text) in header.headers.enumerated() where !text.isEmpty {
            letters[Messages.clip(text, limit: 40)] = CellReference.letters(index)
        }
        for (column, index) in header.columns { letters[column.rawValue] = CellReference.letters(index) }
        return letters
    }

    private mutating func parse(
        _ record: some CSVRowStorage, origin: SourceOrigin, header: HeaderMap, fileProvince: Int?, diagnostics: inout Diagnostics
    ) -> ParsedRow {
        guard !(0..<record.cellCount).contains(where: { record.withBytes($0) { $0.count } > Self.maximumCellLength }) else {
            var record = record.asRecord
            checkCellLengths(&record, header: header, at: SourceLocation(file: origin.file, line: record.line, sheet: origin.sheet),
                             diagnostics: &diagnostics)
            return parseCells(record, origin: origin, header: header, fileProvince: fileProvince, diagnostics: &diagnostics)
        }
        return parseCells(record, origin: origin, header: header, fileProvince: fileProvince, diagnostics: &diagnostics)
    }

    /// Each cell of a row kept as bytes is first looked for by its bytes among the cells met before without
    /// problems (`known…`): most cells repeat, and then no string is made. Any other cell takes the full way, with
    /// its messages. (No closure here captures the normaliser: that copied it, with all its caches, per call.)
    private mutating func parseCells(
        _ record: some CSVRowStorage, origin: SourceOrigin, header: HeaderMap, fileProvince: Int?, diagnostics: inout Diagnostics
    ) -> ParsedRow {
        let file = origin.file
        let location = SourceLocation(file: file, line: record.line, sheet: origin.sheet)
        func cell(_ column: Column) -> String {
            header.index(of: column).map { record.string($0).trimmed } ?? ""
        }
        /// The cell's bytes when trimming would not change them.
        func plain(_ column: Column) -> UnsafeBufferPointer<UInt8>? {
            guard let index = header.index(of: column), let bytes = record.unsafeBytes(index),
                  Self.needsNoTrimming(bytes) else { return nil }
            return bytes
        }
        func at(_ column: Column) -> SourceLocation { location.with(column: column.rawValue) }

        let row = ParsedRow(line: record.line, origin: origin)
        if let bytes = plain(.province), let index = knownSingle(.province, bytes), fileProvince == nil || fileProvince == index {
            row.province = index
        } else {
            row.province = province(cell(.province), fileProvince: fileProvince, file: file, at: at(.province),
                                    diagnostics: &diagnostics)
        }
        row.initiativeID = cell(.initiativeID)
        let knownActivity = knownCollapsed(plain(.activity))
        row.activity = knownActivity ?? shared(cell(.activity).collapsingWhitespace)
        if row.initiativeID.isEmpty { diagnostics.error(.missingValue, at: at(.initiativeID), Messages.requiredValue) }
        if knownActivity == nil, cell(.activity).isEmpty {
            diagnostics.error(.missingValue, at: at(.activity), Messages.requiredValue)
        }
        if let bytes = plain(.archetype), let index = knownSingle(.archetype, bytes) {
            row.archetype = index
        } else {
            row.archetype = single(.archetype, cell(.archetype), at: at(.archetype), diagnostics: &diagnostics)
            if row.archetype == nil, closedOutcome(.archetype, cell(.archetype)).valueCount == 0 {
                diagnostics.error(.missingValue, at: at(.archetype), Messages.requiredValue)
            }
        }
        row.sectors = closed(.sector, plain(.sector), cell(.sector), at: at(.sector), diagnostics: &diagnostics)
        row.sizes = closed(.size, plain(.size), cell(.size), at: at(.size), diagnostics: &diagnostics)
        row.phases = closed(.phase, plain(.phase), cell(.phase), at: at(.phase), diagnostics: &diagnostics)
        row.maturities = closed(.maturity, plain(.maturity), cell(.maturity), at: at(.maturity), diagnostics: &diagnostics)
        row.digitalForms = closed(.digitalForm, plain(.digitalForm), cell(.digitalForm), at: at(.digitalForm),
                                  diagnostics: &diagnostics)
        row.bottlenecks = closed(.bottleneck, plain(.bottleneck), cell(.bottleneck), at: at(.bottleneck),
                                 diagnostics: &diagnostics)
        row.marketFailures = closed(.marketFailure, plain(.marketFailure), cell(.marketFailure), at: at(.marketFailure),
                                    diagnostics: &diagnostics)
        row.technologies = open(.technology, plain(.technology), cell(.technology), at: at(.technology))
        row.applications = open(.application, plain(.application), cell(.application), at: at(.application))
        row.goals = open(.goal, plain(.goal), cell(.goal), at: at(.goal))
        row.geography = knownCollapsed(plain(.geography)) ?? shared(cell(.geography).collapsingWhitespace)
        if let bytes = plain(.note), let note = knownShared(bytes) {
            row.note = note
        } else {
            row.note = shared(cell(.note))
        }
        if let bytes = plain(.reach), let known = knownReach(bytes) {
            (row.reach, row.reachIsApproximate) = known
        } else {
            (row.reach, row.reachIsApproximate) = reach(cell(.reach), at: at(.reach), diagnostics: &diagnostics)
        }

        if let name = knownCollapsed(plain(.initiative)) {
            row.initiativeName = name
        } else {
            let name = cell(.initiative).collapsingWhitespace
            row.initiativeName = name.isEmpty ? nil : shared(name)
        }
        row.initiators = roles(.initiator, plain(.initiator), cell(.initiator), at: at(.initiator))
        row.financiers = roles(.financier, plain(.financier), cell(.financier), at: at(.financier))
        row.executors = roles(.executor, plain(.executor), cell(.executor), at: at(.executor))
        row.goodPractice = goodPractice(cell(.goodPractice), at: at(.goodPractice), diagnostics: &diagnostics)
        if let bytes = plain(.website), let website = knownShared(bytes) {
            row.website = website
        } else {
            let website = cell(.website)
            row.website = website.isEmpty ? nil : shared(website)
        }
        row.personal = personal(record, header: header).map { field in
            var field = field
            field.value = shared(field.value)
            return field
        }
        return row
    }

    /// A closed cell: by its bytes when met before without problems, else read from its text.
    private mutating func closed(_ column: Column, _ bytes: UnsafeBufferPointer<UInt8>?, _ text: @autoclosure () -> String,
                                 at location: @autoclosure () -> SourceLocation, diagnostics: inout Diagnostics) -> [Int] {
        if let bytes, let known = knownClosed(column, bytes) { return known.indices }
        return closed(column, text(), at: location(), diagnostics: &diagnostics)
    }

    /// An open cell: by its bytes when met before, else read from its text.
    private mutating func open(_ column: Column, _ bytes: UnsafeBufferPointer<UInt8>?, _ text: @autoclosure () -> String,
                               at location: @autoclosure () -> SourceLocation) -> [Int] {
        if let bytes, let known = knownOpen(column, bytes) { return known }
        return open(column, text(), at: location())
    }

    /// The providers of a role, nil when there are none.
    private mutating func roles(_ column: Column, _ bytes: UnsafeBufferPointer<UInt8>?, _ text: @autoclosure () -> String,
                                at location: @autoclosure () -> SourceLocation) -> [Int]? {
        let indices = open(column, bytes, text(), at: location())
        return indices.isEmpty ? nil : indices
    }

    // MARK: Cells met before, by their bytes

    /// Whether `trimmed` would keep the bytes as they are: not empty, with a character at each end that is ASCII
    /// and no space (the common case, and the one `String.trimmed` answers from two bytes as well).
    static func needsNoTrimming(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first < 0x80, last < 0x80 else { return false }
        return !Unicode.Scalar(first).isSpaceLike && !Unicode.Scalar(last).isSpaceLike
    }

    /// Whether collapsing whitespace would keep the bytes as they are: ASCII with single spaces between words and
    /// no other white space.
    static func isCollapsedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = true
        for byte in bytes {
            guard byte < 0x80, !(0x09...0x0D).contains(byte) else { return false }
            if byte == 0x20, previousWasSpace { return false }
            previousWasSpace = byte == 0x20
        }
        return !previousWasSpace
    }

    /// A closed cell's outcome, when it was met before and named no unknown value.
    private func knownClosed(_ column: Column, _ bytes: UnsafeBufferPointer<UInt8>) -> ClosedOutcome? {
        guard let entry = closedCache.find(bytes, tag: UInt8(column.casePosition)) else { return nil }
        let outcome = closedCache.values[entry]
        return outcome.unknown.isEmpty ? outcome : nil
    }

    /// The category of a single-valued cell met before that named exactly one.
    private func knownSingle(_ column: Column, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let outcome = knownClosed(column, bytes), outcome.indices.count == 1 else { return nil }
        return outcome.indices[0]
    }

    /// An open cell met before: its labels, each counted again as `open` counts them.
    private mutating func knownOpen(_ column: Column, _ bytes: UnsafeBufferPointer<UInt8>) -> [Int]? {
        guard let entry = openCells.find(bytes, tag: UInt8(column.casePosition)) else { return nil }
        let cached = openCells.values[entry]
        for index in cached.parts { registry.recount(index, in: column.openVocabulary!) }
        return cached.list
    }

    /// The kept copy of a text met before.
    private func knownShared(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let entry = sharedTexts.find(bytes) else { return nil }
        return sharedTexts.keys[entry]
    }

    /// The kept copy of a text met before whose whitespace needs no collapsing.
    private func knownCollapsed(_ bytes: UnsafeBufferPointer<UInt8>?) -> String? {
        guard let bytes, Self.isCollapsedASCII(bytes) else { return nil }
        return knownShared(bytes)
    }

    /// A reach met before that needs no message: unknown, or a number written exactly.
    private func knownReach(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int64?, approximate: Bool)? {
        guard let entry = reachCache.find(bytes) else { return nil }
        switch reachCache.values[entry] {
        case .unknown: return (nil, false)
        case .known(let number, approximate: false): return (number, false)
        default: return nil
        }
    }

    /// A cell beyond Excel's limit is an error and is emptied, so that nothing downstream carries megabytes.
    private func checkCellLengths(_ record: inout CSVRecord, header: HeaderMap, at location: SourceLocation,
                                  diagnostics: inout Diagnostics) {
        for index in record.cells.indices where record.cells[index].utf8.count > Self.maximumCellLength {
            let length = record.cells[index].utf16.count
            guard length > Self.maximumCellLength else { continue }
            let name = index < header.headers.count && !header.headers[index].isEmpty
                ? header.headers[index] : "nummer \(index + 1)"
            diagnostics.error(.limit, at: location.with(column: Messages.clip(name, limit: 40)), Messages.cellTooLong(length))
            record.cells[index] = ""
        }
    }

    private mutating func province(_ value: String, fileProvince: Int?, file: String, at location: @autoclosure () -> SourceLocation,
                                   diagnostics: inout Diagnostics) -> Int? {
        guard !value.isEmpty else {
            if fileProvince == nil { diagnostics.error(.province, at: location(), Messages.provinceMissing) }
            return fileProvince
        }
        guard let index = single(.province, value, at: location(), diagnostics: &diagnostics) else {
            if closedOutcome(.province, value).valueCount == 0 {
                diagnostics.error(.province, at: location(), Messages.provinceMissing)
            }
            return nil
        }
        if let fileProvince, fileProvince != index {
            diagnostics.error(.province, at: location(), Messages.provinceMismatch(
                taxonomy.provinces.categories[index].label, fileName: (file as NSString).lastPathComponent))
        }
        return index
    }

    /// A column that takes one value (`provincie`, `type_activiteit`).
    private mutating func single(_ column: Column, _ value: String, at location: @autoclosure () -> SourceLocation,
                                 diagnostics: inout Diagnostics) -> Int? {
        let outcome = closedOutcome(column, value)
        if outcome.unknown.isEmpty, outcome.indices.count == 1 { return outcome.indices[0] }
        if outcome.unknown.isEmpty, outcome.indices.count > 1 {
            diagnostics.error(.unknownValue, at: location(), Messages.singleValueExpected(outcome.indices.count))
            return nil
        }
        for unknown in outcome.unknown {
            diagnostics.error(.unknownValue, at: location(),
                              Messages.unknownValue(unknown, suggestion: suggestion(column, for: unknown)))
        }
        return nil
    }

    private mutating func closed(_ column: Column, _ value: String, at location: @autoclosure () -> SourceLocation,
                                 diagnostics: inout Diagnostics) -> [Int] {
        guard !value.isEmpty else { return [] }
        let outcome = closedOutcome(column, value)
        for unknown in outcome.unknown {
            diagnostics.error(.unknownValue, at: location(),
                              Messages.unknownValue(unknown, suggestion: suggestion(column, for: unknown)))
        }
        return outcome.indices
    }

    /// Matches a cell once per distinct text: deliveries repeat the same few values many times.
    private mutating func closedOutcome(_ column: Column, _ value: String) -> ClosedOutcome {
        let tag = UInt8(column.casePosition)
        if let cached = closedCache.find(value, tag: tag) { return closedCache.values[cached] }
        let id = column.dimension!
        var outcome = ClosedOutcome()
        var values = column.isMultiValued ? MultiValueSplitter.split(value) : (value.isEmpty ? [] : [value])
        // A single-valued cell holding a list is reported as such, not as one unknown value.
        if !column.isMultiValued, case .unknown = match(value, in: id) {
            let parts = MultiValueSplitter.split(value)
            if parts.count > 1, parts.allSatisfy({ match($0, in: id) != .unknown }) { values = parts }
        }
        for part in values {
            switch match(part, in: id) {
            case .category(let index):
                outcome.valueCount += 1
                if !outcome.indices.contains(index) { outcome.indices.append(index) }
            case .unspecified:
                break
            case .unknown:
                outcome.valueCount += 1
                outcome.unknown.append(part)
            }
        }
        outcome.indices.sort()
        if closedCache.count < Self.cacheLimit { closedCache.insert(value, tag: tag, value: outcome) }
        return outcome
    }

    private mutating func match(_ value: String, in id: DimensionID) -> VocabularyMatch {
        let key = CellText(kind: id, text: value)
        if let known = partMatches[key] { return known }
        let match = taxonomy[id].match(value)
        if partMatches.count < Self.cacheLimit { partMatches[key] = match }
        return match
    }

    private mutating func suggestion(_ column: Column, for value: String) -> String? {
        if let cached = suggestionCache[column]?[value] { return cached }
        guard suggestionsLeft > 0 else { return nil }
        suggestionsLeft -= 1
        let suggestion = commaList(column, value) ?? taxonomy[column.dimension!].suggestion(for: value)
        suggestionCache[column, default: [:]][value] = suggestion
        return suggestion
    }

    /// `C, J` where `C; J` was meant: commas do not separate values (sector names contain them), but when every
    /// comma-separated part is a category, the suggestion shows the list as it should be written.
    private func commaList(_ column: Column, _ value: String) -> String? {
        guard column.isMultiValued, value.contains(",") else { return nil }
        let dimension = taxonomy[column.dimension!]
        let parts = value.split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
        let labels = parts.compactMap { part -> String? in
            if case .category(let index) = dimension.match(part) { return dimension.categories[index].label }
            return nil
        }
        guard parts.count > 1, labels.count == parts.count else { return nil }
        return labels.joined(separator: "; ")
    }

    private mutating func open(_ column: Column, _ value: String, at location: @autoclosure () -> SourceLocation) -> [Int] {
        guard !value.isEmpty else { return [] }
        let vocabulary = column.openVocabulary!
        let tag = UInt8(column.casePosition)
        if let entry = openCells.find(value, tag: tag) {
            let cached = openCells.values[entry]
            for index in cached.parts { registry.recount(index, in: vocabulary) }
            return cached.list
        }
        let parts = MultiValueSplitter.split(value).map { registry.resolve($0, in: vocabulary, at: location()) }
        var indices = parts
        indices.sortAndRemoveDuplicates()
        let list = openLists.count < Self.cacheLimit ? openLists.insert(indices).memberAfterInsert : indices
        if openCells.count < Self.cacheLimit { openCells.insert(value, tag: tag, value: OpenCell(parts: parts, list: list)) }
        return list
    }

    private func goodPractice(_ value: String, at location: @autoclosure () -> SourceLocation, diagnostics: inout Diagnostics) -> Bool? {
        guard !value.isEmpty else { return nil }
        guard let flag = BooleanParser.parse(value) else {
            diagnostics.error(.boolean, at: location(), Messages.booleanInvalid(value))
            return nil
        }
        return flag
    }

    /// The reach and whether it was an estimate (`ca. 600`); parsed once per distinct text.
    private mutating func reach(_ value: String, at location: @autoclosure () -> SourceLocation,
                                diagnostics: inout Diagnostics) -> (Int64?, approximate: Bool) {
        let parsed: ReachValue
        if let cached = reachCache.find(value) {
            parsed = reachCache.values[cached]
        } else {
            parsed = ReachParser.parse(value)
            if reachCache.count < Self.cacheLimit { reachCache.insert(value, value: parsed) }
        }
        switch parsed {
        case .unknown:
            return (nil, false)
        case .known(let number, let approximate):
            if approximate { diagnostics.warning(.reach, at: location(), Messages.reachApproximate(value, number)) }
            return (number, approximate)
        case let problem:
            diagnostics.error(.reach, at: location(), Messages.reachInvalid(value, problem))
            return (nil, false)
        }
    }

    private mutating func shared(_ text: String) -> String {
        guard !text.isEmpty else { return text }
        if let entry = sharedTexts.find(text) { return sharedTexts.keys[entry] }
        sharedTexts.insert(text, value: ())
        return text
    }

    private func personal(_ record: some CSVRowStorage, header: HeaderMap) -> [PersonalField] {
        var fields: [PersonalField] = []
        for (column, key) in Self.personalColumnKeys {
            if let index = header.index(of: column) {
                let value = record.string(index).trimmed
                if !value.isEmpty { fields.append(PersonalField(column: column.rawValue, value: value, columnKey: key)) }
            }
        }
        for extra in header.personal {
            let value = record.string(extra.index).trimmed
            if !value.isEmpty { fields.append(PersonalField(column: extra.header, value: value, columnKey: extra.key)) }
        }
        return fields
    }
}
