/// One activity as a row of canonical labels; several values joined with "; ". The workbooks show an empty closed
/// dimension as its unspecified category; the data file (`data/activiteiten.csv`) leaves it empty.
struct ActivityRow {
    static let widths: [Double] = [14, 12, 30, 30, 24, 24, 16, 14, 18, 14, 20, 22, 24, 20, 28, 24, 28, 28, 28, 10, 8, 40, 30, 26]

    let dataset: Dataset
    /// Lists of several values joined once per run.
    let lists: ActivityLabelLists
    let yes: String
    let no: String
    /// What an empty closed dimension shows, by the dimension's case position: looked up once, not per cell.
    private let unspecified: [String?]

    /// The row of the workbooks.
    init(dataset: Dataset, texts: WorkbookTexts, lists: ActivityLabelLists) {
        self.init(dataset: dataset, lists: lists, yes: texts.yes, no: texts.no, showsUnspecified: true)
    }

    private init(dataset: Dataset, lists: ActivityLabelLists, yes: String, no: String, showsUnspecified: Bool) {
        self.dataset = dataset
        self.lists = lists
        self.yes = yes
        self.no = no
        unspecified = DimensionID.allCases.map { showsUnspecified ? dataset.taxonomy[$0].unspecifiedLabel : nil }
    }

    /// The row of the data file, which later runs read back: fixed words, no template.
    static func dataFile(dataset: Dataset, lists: ActivityLabelLists) -> ActivityRow {
        ActivityRow(dataset: dataset, lists: lists, yes: "ja", no: "nee", showsUnspecified: false)
    }

    func cells(_ index: Int) -> [TableCell] {
        var collector = TableCellCollector()
        write(index, to: &collector)
        return collector.cells
    }

    /// The cells of activity `index`, one by one.
    func write<Row: TableRowWriter & ~Copyable>(_ index: Int, to row: inout Row) {
        let activity = dataset.activities[index]
        let initiative = dataset.initiatives[activity.initiative]
        lists.writeLabel(.province, activity.province, to: &row)
        row.text(initiative.id)
        row.text(initiative.name)
        row.text(activity.name)
        lists.writeLabel(.archetype, activity.archetype, to: &row)
        closed(.sector, activity.sectors, to: &row)
        closed(.size, activity.sizes, to: &row)
        closed(.phase, activity.phases, to: &row)
        row.text(activity.geography)
        closed(.maturity, activity.maturities, to: &row)
        closed(.digitalForm, activity.digitalForms, to: &row)
        open(.technology, activity.technologies, to: &row)
        open(.application, activity.applications, to: &row)
        open(.goal, activity.goals, to: &row)
        closed(.bottleneck, activity.bottlenecks, to: &row)
        closed(.marketFailure, activity.marketFailures, to: &row)
        open(.provider, activity.roles.initiators, to: &row)
        open(.provider, activity.roles.financiers, to: &row)
        open(.provider, activity.roles.executors, to: &row)
        if let reach = activity.reach { row.integer(Int64(reach)) } else { row.empty() }
        row.text(activity.isGoodPractice ? yes : no)
        row.text(activity.note)
        row.text(initiative.website)
        activity.withSourceReference { row.text(utf8: $0) }
    }

    private func closed<Row: TableRowWriter & ~Copyable>(_ dimension: DimensionID, _ values: [Int], to row: inout Row) {
        if values.isEmpty {
            if let label = unspecified[dimension.casePosition] { row.text(label) } else { row.empty() }
            return
        }
        lists.write(dimension, values, to: &row)
    }

    private func open<Row: TableRowWriter & ~Copyable>(_ vocabulary: OpenVocabularyID, _ values: [Int], to row: inout Row) {
        if values.isEmpty { return row.empty() }
        lists.write(vocabulary, values, to: &row)
    }
}
