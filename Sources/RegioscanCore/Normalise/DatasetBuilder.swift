/// Builds the dataset from parsed rows: fill-down of initiative columns by `initiatief_id`, conflicts between
/// rows and files, initiative names, duplicate activities and good practices.
struct DatasetBuilder {
    let taxonomy: Taxonomy
    let providerLabels: [String]

    /// An initiative column's value on a row, `nil` where the cell was empty.
    static func value(_ column: Column, of row: ParsedRow) -> InitiativeField? {
        switch column {
        case .initiative: row.initiativeName.map(InitiativeField.text)
        case .initiator: row.initiators.map(InitiativeField.providers)
        case .financier: row.financiers.map(InitiativeField.providers)
        case .executor: row.executors.map(InitiativeField.providers)
        case .goodPractice: row.goodPractice.map(InitiativeField.flag)
        case .website: row.website.map(InitiativeField.text)
        default: nil
        }
    }

    /// The rows, handed to a second thread that only reads them while this one only reads them too.
    private struct SharedRows: @unchecked Sendable {
        let rows: [ParsedRow]
    }

    /// The values of every initiative in every file after fill-down, one group per initiative and file; good
    /// practice in one dictionary for all groups (a dictionary per group held some 50 MB at 10⁶ rows).
    struct Groups: Sendable {
        /// The group of each (file, initiative) number, in order of first row.
        var number: [Int: Int32] = [:]
        var firstRows: [Int32] = []
        var values = InitiativeSlots<InitiativeField>()
        /// Good practice is a province's choice: in a file with several provinces it fills down per province.
        /// Keyed by group and province.
        var goodPractice: [Int: Bool] = [:]
    }

    /// The first filled value of each initiative column of each initiative, nationally, with its row.
    typealias References = InitiativeSlots<(value: InitiativeField, row: Int32)>

    /// Every row's initiative as a number, in order of first appearance (which is the initiative's place in the
    /// dataset), and each file as a number: the passes below index arrays by these instead of hashing the id
    /// and file name of every row again and again.
    struct Numbering {
        var initiative: [Int]
        var file: [Int]
        var initiativeCount: Int
        var firstRows: [Int]

        init(_ rows: [ParsedRow], _ indices: [Int]) {
            initiative = Array(repeating: -1, count: rows.count)
            file = Array(repeating: -1, count: rows.count)
            firstRows = []
            var numbers: [String: Int] = [:]
            var files: [String: Int] = [:]
            var previousFile: String?
            var fileNumber = -1
            for index in indices {
                let row = rows[index]
                if row.location.file != previousFile {
                    previousFile = row.location.file
                    fileNumber = files[row.location.file] ?? files.count
                    files[row.location.file] = fileNumber
                }
                file[index] = fileNumber
                if let number = numbers[row.initiativeKey] {
                    initiative[index] = number
                } else {
                    initiative[index] = firstRows.count
                    numbers[row.initiativeKey] = firstRows.count
                    firstRows.append(index)
                }
            }
            initiativeCount = firstRows.count
        }

        /// One number per initiative and file.
        func group(_ index: Int) -> Int { file[index] * initiativeCount + initiative[index] }
    }

    func build(rows: [ParsedRow], diagnostics: inout Diagnostics) -> (activities: [Activity], initiatives: [Initiative], personal: PersonalData) {
        let withID = rows.indices.filter { !rows[$0].initiativeID.isEmpty }
        let numbering = Numbering(rows, withID)
        // The search for duplicate activities only reads the rows: it runs on the other core meanwhile.
        let shared = SharedRows(rows: rows)
        let duplicates = BackgroundJob { [self] in
            var found = Diagnostics()
            checkDuplicates(shared.rows, withID, numbering, diagnostics: &found)
            return found
        }
        // So does the filling down, while the conflicts are checked here: the three read the rows only.
        let filling = BackgroundJob { [self] in fillDown(shared.rows, withID, numbering) }
        let references = checkConflicts(rows, withID, numbering, diagnostics: &diagnostics)
        let groups = filling.value()
        let initiatives = numbering.firstRows.enumerated().map { number, index in
            Initiative(id: rows[index].initiativeID, name: references[number, .initiative]?.value.text ?? "",
                       website: references[number, .website]?.value.text ?? "")
        }
        checkNames(rows, groups: groups, numbering, references: references, diagnostics: &diagnostics)
        // Waited for before the rows change below.
        diagnostics.append(contentsOf: duplicates.value())

        let provinces = taxonomy.provinces.categories.count
        var activities: [Activity] = []
        activities.reserveCapacity(withID.count)
        var personal = PersonalData()
        for index in withID {
            let row = rows[index]
            guard let province = row.province, row.archetype != nil, !row.activity.isEmpty else { continue }
            let group = Int(groups.number[numbering.group(index)]!)
            // The row is the draft's only owner: these changes happen in place, and the dataset then shares it.
            row.draft.initiative = numbering.initiative[index]
            row.draft.roles = Roles(initiators: groups.values[group, .initiator]?.providers ?? [],
                                    financiers: groups.values[group, .financier]?.providers ?? [],
                                    executors: groups.values[group, .executor]?.providers ?? [])
            row.draft.isGoodPractice = groups.goodPractice[group * provinces + province] ?? false
            personal.append(row.personal, for: activities.count)
            activities.append(row.draft)
        }
        checkGoodPractices(activities, initiatives: initiatives, diagnostics: &diagnostics)
        return (activities, initiatives, personal)
    }

    /// The first filled value of each initiative column nationally; every other filled value must equal it.
    /// `good_practice` is the exception: it marks the province's good practice, so an initiative scanned in two
    /// provinces may be `ja` in one and `nee` in the other, and its values are compared per province.
    private func checkConflicts(_ rows: [ParsedRow], _ indices: [Int], _ numbering: Numbering,
                                diagnostics: inout Diagnostics) -> References {
        var references = References(owners: numbering.initiativeCount)
        let provinces = taxonomy.provinces.categories.count
        var goodPractices: [Int: (value: InitiativeField, row: Int32)] = [:]
        for index in indices {
            let row = rows[index]
            let initiative = numbering.initiative[index]
            for (slot, column) in Column.initiativeLevel.enumerated() {
                guard let value = Self.value(column, of: row) else { continue }
                let reference: (value: InitiativeField, row: Int32)?
                if column == .goodPractice {
                    guard let province = row.province else { continue }
                    let key = initiative * provinces + province
                    reference = goodPractices[key]
                    if reference == nil { goodPractices[key] = (value, Int32(index)) }
                } else {
                    reference = references[initiative, slot]
                    if reference == nil { references[initiative, slot] = (value, Int32(index)) }
                }
                if let reference, reference.value != value {
                    let province = column == .goodPractice ? row.province.map { taxonomy.provinces.categories[$0].label } : nil
                    diagnostics.error(.conflict, at: row.location.with(column: column.rawValue), Messages.conflict(
                        describe(value), earlier: describe(reference.value), at: rows[Int(reference.row)].location.with(column: column.rawValue),
                        id: row.initiativeID, province: province))
                }
            }
        }
        return references
    }

    /// Fill-down goes by id within a file: rows need not be adjacent, and each file fills its own rows.
    private func fillDown(_ rows: [ParsedRow], _ indices: [Int], _ numbering: Numbering) -> Groups {
        var groups = Groups()
        let provinces = taxonomy.provinces.categories.count
        for index in indices {
            let row = rows[index]
            let key = numbering.group(index)
            let group: Int
            if let existing = groups.number[key] {
                group = Int(existing)
            } else {
                group = groups.values.appendOwner()
                groups.number[key] = Int32(group)
                groups.firstRows.append(Int32(index))
            }
            for (slot, column) in Column.initiativeLevel.enumerated() where groups.values[group, slot] == nil {
                groups.values[group, slot] = Self.value(column, of: row)
            }
            if let province = row.province, let flag = row.goodPractice, groups.goodPractice[group * provinces + province] == nil {
                groups.goodPractice[group * provinces + province] = flag
            }
        }
        return groups
    }

    /// Each file names its initiatives; a name given only in another file is taken over with a warning.
    private func checkNames(_ rows: [ParsedRow], groups: Groups, _ numbering: Numbering,
                            references: References, diagnostics: inout Diagnostics) {
        // Groups are numbered in order of their first row.
        for (group, firstRow) in groups.firstRows.enumerated() where groups.values[group, .initiative] == nil {
            let row = rows[Int(firstRow)]
            let location = row.location.with(column: Column.initiative.rawValue)
            if let reference = references[numbering.initiative[Int(firstRow)], .initiative] {
                diagnostics.warning(.missingValue, at: location,
                                    Messages.initiativeNameBorrowed(row.initiativeID, from: rows[Int(reference.row)].location.with(column: Column.initiative.rawValue)))
            } else {
                diagnostics.error(.missingValue, at: location, Messages.initiativeNameMissing(row.initiativeID))
            }
        }
    }

    /// (`initiatief_id`, `activiteit`) is unique nationally; the repeat is reported, at its own line.
    private func checkDuplicates(_ rows: [ParsedRow], _ indices: [Int], _ numbering: Numbering,
                                 diagnostics: inout Diagnostics) {
        struct Key: Hashable {
            var initiative: Int
            var name: UInt64
        }
        // The first row per initiative and hash of the lower-cased name; the names themselves are compared only
        // when the hashes meet. Keeping every lower-cased name took a hundred megabytes at 10⁶ activities.
        var seen: [Key: Int] = [:]
        // Room for every row at once: grown by doubling, the table was rehashed some twenty times at 10⁶ rows.
        seen.reserveCapacity(indices.count)
        // Rows whose hash met an earlier row's but whose name differs: almost never any.
        var others: [Key: [Int]] = [:]
        for index in indices where !rows[index].activity.isEmpty {
            let row = rows[index]
            let key = Key(initiative: numbering.initiative[index], name: Self.foldedHash(row.activity))
            guard let firstOfHash = seen[key] else {
                seen[key] = index
                continue
            }
            let name = row.activity.lowercased()
            let earlier = [firstOfHash] + (others[key] ?? [])
            guard let firstRow = earlier.first(where: { rows[$0].activity.lowercased() == name }) else {
                others[key, default: []].append(index)
                continue
            }
            let first = rows[firstRow].location.with(column: Column.activity.rawValue)
            diagnostics.error(.duplicate, at: row.location.with(column: Column.activity.rawValue),
                              Messages.duplicateActivity(row.activity, id: row.initiativeID, first: first,
                                                         sameFile: first.file == row.location.file))
        }
    }

    /// A 64-bit FNV-1a hash of the text's lower-cased UTF-8: equal for texts whose `lowercased()` are equal.
    /// ASCII is lowered byte by byte without making a string.
    static func foldedHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ byte: UInt8) {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 { add(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        } else {
            for byte in text.lowercased().utf8 { add(byte) }
        }
        return hash
    }

    private func checkGoodPractices(_ activities: [Activity], initiatives: [Initiative], diagnostics: inout Diagnostics) {
        var perProvince: [Int: [(initiative: Int, location: SourceLocation)]] = [:]
        // A set, not a search of the list: a province marking thousands of initiatives stays linear.
        var seen = Set<Int>()
        let provinces = taxonomy.provinces.categories.count
        for activity in activities where activity.isGoodPractice {
            if seen.insert(activity.initiative * provinces + activity.province).inserted {
                perProvince[activity.province, default: []].append((activity.initiative, activity.source))
            }
        }
        for (province, practices) in perProvince.sorted(by: { $0.key < $1.key }) where practices.count > 1 {
            diagnostics.warning(.goodPractice, at: practices[1].location.with(column: Column.goodPractice.rawValue),
                                Messages.severalGoodPractices(taxonomy.provinces.categories[province].label,
                                                              practices.map { initiatives[$0.initiative].name }))
        }
    }

    private func describe(_ value: InitiativeField) -> String {
        switch value {
        case .text(let text): text
        case .providers(let indices): indices.map { providerLabels[$0] }.joined(separator: "; ")
        case .flag(let flag): flag ? "ja" : "nee"
        }
    }
}

extension InitiativeField {
    var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    var providers: [Int]? {
        if case .providers(let indices) = self { return indices }
        return nil
    }

    var flag: Bool? {
        if case .flag(let flag) = self { return flag }
        return nil
    }
}
