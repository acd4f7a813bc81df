/// Writes one delivery file in its layout: column order, header names, fill-down, delimiter, encoding.
struct SampleFileFormatter {
    var rng: SplitMix64
    let layout: SampleFileLayout

    static let columnOrder: [Column] = [
        .province, .initiativeID, .initiative, .activity, .archetype, .sector, .size, .phase, .geography,
        .maturity, .digitalForm, .technology, .application, .goal, .bottleneck, .marketFailure,
        .initiator, .financier, .executor, .reach, .goodPractice, .note, .website, .contactPerson, .email,
    ]

    var columns: [Column] {
        Self.columnOrder.filter { column in
            if column == .province { return layout.provinceSpelling != nil }
            if column.isPersonal { return layout.personalData }
            return !layout.omitted.contains(column)
        }
    }

    mutating func bytes(activities: [SampleActivity], initiatives: [SampleInitiative]) -> [UInt8] {
        let delimiter = layout.delimiter
        var text = layout.separatorLine ? "sep=\(delimiter)\(layout.lineEnding)" : ""
        let header = columns.map { layout.headerNames[$0] ?? $0.rawValue } + layout.extraColumns
        text += CSVWriter.line(header, delimiter: delimiter, lineEnding: layout.lineEnding)
        var filled = Set<Int>()
        for activity in ordered(activities) {
            let initiative = initiatives[activity.initiative]
            let first = !filled.contains(activity.initiative)
            filled.insert(activity.initiative)
            let cells = columns.map { cell($0, activity, initiative, writeInitiativeColumns: first || !layout.fillDown) }
            text += CSVWriter.line(cells + extraCells(), delimiter: delimiter, lineEnding: layout.lineEnding)
        }
        switch layout.encoding {
        case .utf8: return Array(text.utf8)
        case .utf8WithBOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .windows1252: return Windows1252.encode(text)
        }
    }

    /// By initiative (the usual sheet), or by activity type, so that an initiative's rows are scattered.
    private func ordered(_ activities: [SampleActivity]) -> [SampleActivity] {
        guard layout.sortedByType else { return activities }
        return activities.enumerated()
            .sorted { ($0.element.archetype, $0.offset) < ($1.element.archetype, $1.offset) }
            .map(\.element)
    }

    private mutating func cell(_ column: Column, _ activity: SampleActivity, _ initiative: SampleInitiative,
                               writeInitiativeColumns: Bool) -> String {
        if Column.initiativeLevel.contains(column), !writeInitiativeColumns { return "" }
        switch column {
        case .province:
            let spelling = layout.provinceSpelling ?? ""
            return spelling.isEmpty ? SampleProvinces.all[activity.province].name : spelling
        case .initiativeID: return initiative.id
        case .initiative: return initiative.name
        case .activity: return activity.name
        case .initiator: return providers(initiative.initiators)
        case .financier: return providers(initiative.financiers)
        case .executor: return providers(initiative.executors)
        case .goodPractice: return goodPractice(initiative.isGoodPractice)
        case .website: return initiative.website
        case .contactPerson: return initiative.contactName
        case .email: return initiative.contactEmail
        default: return activity.cells[column] ?? ""
        }
    }

    private mutating func providers(_ names: [String]) -> String {
        names.joined(separator: layout.delimiter == "," ? "; " : (rng.chance(80) ? "; " : " | "))
    }

    private mutating func goodPractice(_ flag: Bool) -> String {
        if flag { return rng.pick(["ja", "ja", "Ja", "x", "1"]) }
        return layout.fillDown ? "" : rng.pick(["", "", "nee", "Nee", "0"])
    }

    private mutating func extraCells() -> [String] {
        layout.extraColumns.map { name in
            name == "Status" ? rng.pick(["Actief", "Actief", "Afgerond", "In ontwikkeling"])
                : "\(1 + rng.below(28))-\(1 + rng.below(12))-2023"
        }
    }
}
