import Foundation

/// Writes `data/regioscan.sqlite`: the normalised dataset, the taxonomy, every figure's rows and the learning
/// circles, in one transaction with prepared statements. Rows go in a fixed order into a new file with fixed
/// settings, so that the same input gives the same bytes. Personal data (`Dataset.personal`) is never read here.
struct DatabaseWriter {
    static let path = "data/regioscan.sqlite"

    let materials: ReportMaterials
    private var dataset: Dataset { materials.dataset }
    private let numbers: DatabaseNumbers

    init(materials: ReportMaterials) {
        self.materials = materials
        numbers = DatabaseNumbers(dataset: materials.dataset)
    }

    /// The database as an output job; it costs about two rows per activity (activities and their categories).
    static func job(materials: ReportMaterials) -> OutputJob {
        OutputJob(paths: [path], cost: 2 * materials.dataset.activities.count) { staging in
            try DatabaseWriter(materials: materials).write(into: staging)
            return []
        }
    }

    /// Writes the database into an output (staging) folder.
    func write(into folder: String) throws {
        let file = (folder as NSString).appendingPathComponent(Self.path)
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        if FileManager.default.fileExists(atPath: file) { try FileManager.default.removeItem(atPath: file) }
        let database = try SQLiteDatabase(path: file)
        try database.execute(DatabaseSchema.pragmas)
        try database.execute("BEGIN")
        try database.execute(DatabaseSchema.tables)
        try insertTaxonomy(database)
        try insertDataset(database)
        try insertFigures(database)
        try insertLearningCircles(database)
        try database.execute(DatabaseSchema.indexes)
        try database.execute(DatabaseSchema.views)
        try database.execute("PRAGMA user_version = \(DatabaseSchema.version)")
        try database.execute("COMMIT")
        try database.close()
    }

    // MARK: Taxonomy

    private func insertTaxonomy(_ database: SQLiteDatabase) throws {
        let dimensions = try database.prepare("INSERT INTO dimensie VALUES (?, ?, ?, ?, ?)")
        let groups = try database.prepare("INSERT INTO categoriegroep VALUES (?, ?, ?, ?, ?)")
        let categories = try database.prepare("INSERT INTO categorie VALUES (?, ?, ?, ?, ?, ?)")
        let codes = try database.prepare("INSERT INTO categoriecode VALUES (?, ?, ?)")
        let classes = try database.prepare("INSERT INTO klasse VALUES (?, ?, ?)")
        let categoryClasses = try database.prepare("INSERT INTO categorieklasse VALUES (?, ?, ?)")
        var groupNumber: Int64 = 0
        for id in DimensionID.allCases {
            let dimension = dataset.taxonomy[id]
            let number = numbers.dimension(id)
            try dimensions.insert([.integer(number), .text(id.rawValue), .text(dimension.title), .integer(0),
                                   dimension.unspecifiedLabel.map { .text($0) } ?? .null])
            var groupNumbers: [String: Int64] = [:]
            for (offset, group) in dimension.groups.enumerated() {
                groupNumber += 1
                groupNumbers[group.label] = groupNumber
                try groups.insert([.integer(groupNumber), .integer(number), .integer(Int64(offset)), .text(group.label),
                                   .integer(group.merged ? 1 : 0)])
            }
            for (position, name) in dimension.classNames.enumerated() {
                try classes.insert([.integer(number), .integer(Int64(position + 1)), .text(name)])
            }
            for (index, category) in dimension.categories.enumerated() {
                let categoryNumber = numbers.category(id, index)
                try categories.insert([.integer(categoryNumber), .integer(number), .integer(Int64(index)), .text(category.label),
                                       category.group.flatMap { groupNumbers[$0] }.map { .integer($0) } ?? .null,
                                       category.explanation.map { .text($0) } ?? .null])
                for (offset, code) in category.codes.enumerated() {
                    try codes.insert([.integer(categoryNumber), .integer(Int64(offset)), .text(code)])
                }
                for (attribute, value) in category.classes.sorted(by: { $0.key < $1.key }) {
                    try categoryClasses.insert([.integer(categoryNumber), .text(attribute), .integer(Int64(value))])
                }
            }
        }
        for id in DatabaseNumbers.openVocabularies {
            let number = numbers.dimension(id)
            try dimensions.insert([.integer(number), .text(id.rawValue), .text(dataset.taxonomy[id].title), .integer(1), .null])
            for (index, label) in (dataset.openLabels[id] ?? []).enumerated() {
                try categories.insert([.integer(numbers.category(id, index)), .integer(number), .integer(Int64(index)),
                                       .text(label), .null, .null])
            }
        }
    }

    // MARK: Dataset

    private func insertDataset(_ database: SQLiteDatabase) throws {
        let initiatives = try SQLiteBatchInsert(database, table: "initiatief", columns: 4)
        for (index, initiative) in dataset.initiatives.enumerated() {
            try initiatives.add([.integer(Int64(index + 1)), .text(initiative.id), .text(initiative.name), .text(initiative.website)])
        }
        try initiatives.finish()
        let providers = try database.prepare("INSERT INTO aanbieder VALUES (?, ?)")
        for (index, name) in dataset.providers.enumerated() {
            try providers.insert([.integer(Int64(index + 1)), .text(name)])
        }
        let activities = try SQLiteBatchInsert(database, table: "activiteit", columns: 11)
        let links = try SQLiteBatchInsert(database, table: "activiteit_categorie", columns: 3)
        // The activities of a file follow each other: its name is made once per run of them.
        var path = "", fileName = ""
        var activityLinks: [(dimension: Int64, category: Int64)] = []
        for (index, activity) in dataset.activities.enumerated() {
            let file = activity.sourceFile
            if file != path {
                path = file
                fileName = (file as NSString).lastPathComponent
            }
            let number = Int64(index + 1)
            activities.integer(number)
            activities.integer(Int64(activity.initiative + 1))
            activities.integer(numbers.category(.province, activity.province))
            activities.integer(numbers.category(.archetype, activity.archetype))
            activities.text(activity.name)
            activities.text(activity.geography)
            activities.integer(activity.reach)
            activities.integer(activity.isGoodPractice ? 1 : 0)
            activities.text(activity.note)
            activities.text(fileName)
            activities.integer(activity.sourceLine.map(Int64.init))
            try activities.endRow()
            numbers.links(of: activity, into: &activityLinks)
            for (dimension, category) in activityLinks {
                try links.add(number, category, dimension)
            }
        }
        try activities.finish()
        try links.finish()
        try insertRoles(database)
    }

    /// The providers of each initiative in each province, per role: the union over its activities there, in
    /// the order of initiative, province, provider and role name. The activities are put in order of initiative
    /// and province once, and each group's few providers sorted: one sorted list of every role took 100 MB at 10⁶
    /// activities, and a dictionary of sets per initiative and province more time than the inserts.
    private func insertRoles(_ database: SQLiteDatabase) throws {
        // Roles numbered in the order of their names, as the table sorts them; a role fits in two bits below
        // the provider, a province in 16 bits below the initiative.
        let roles = Role.allCases.sorted { $0.rawValue < $1.rawValue }
        let roleNames = roles.map(\.rawValue)
        precondition(roles.count <= 4 && dataset.taxonomy.provinces.categories.count <= 1 << 16)
        let activities = dataset.activities
        // Initiative, province and activity packed in one number each (48 and 64 bits), sorted by radix.
        var order = activities.indices.map { index in
            UInt128(UInt64(activities[index].initiative) << 16 | UInt64(activities[index].province)) << 64 | UInt128(index)
        }
        order.radixSort()
        func groupKey(_ position: Int) -> UInt64 { UInt64(truncatingIfNeeded: order[position] >> 64) }
        func activityIndex(_ position: Int) -> Int { Int(truncatingIfNeeded: order[position]) }
        let insert = try SQLiteBatchInsert(database, table: "aanbiedersrol", columns: 4)
        var group: [Int] = []
        var start = 0
        while start < order.count {
            let key = groupKey(start)
            var end = start
            group.removeAll(keepingCapacity: true)
            while end < order.count, groupKey(end) == key {
                let activity = activities[activityIndex(end)]
                for (rank, role) in roles.enumerated() {
                    for provider in activity.roles[role] { group.append(provider << 2 | rank) }
                }
                end += 1
            }
            group.sortAndRemoveDuplicates()
            let initiative = Int64(key >> 16) + 1, province = numbers.category(.province, Int(key & 0xFFFF))
            for packed in group {
                insert.integer(initiative)
                insert.integer(province)
                insert.integer(Int64(packed >> 2) + 1)
                insert.text(roleNames[packed & 3])
                try insert.endRow()
            }
            start = end
        }
        try insert.finish()
    }

    // MARK: Figures and learning circles

    private func insertFigures(_ database: SQLiteDatabase) throws {
        let statement = try database.prepare("INSERT INTO figuurrij VALUES (?, ?, ?, ?, ?, ?)")
        for id in materials.figures.ids where id.hasTable {
            for (offset, row) in materials.figures[id].rows.enumerated() {
                let value: SQLiteStatement.Value = switch row.value {
                case .count(let count): .integer(count)
                case .fraction(let fraction): .real(fraction)
                }
                try statement.insert([.text(id.fileName), .integer(Int64(offset + 1)), .text(row.province), .text(row.series),
                                      .text(row.category), value])
            }
        }
    }

    private func insertLearningCircles(_ database: SQLiteDatabase) throws {
        let circles = try database.prepare("INSERT INTO leerkring VALUES (?, ?, ?, ?, ?)")
        let members = try database.prepare("INSERT INTO leerkring_initiatief VALUES (?, ?, ?)")
        let features = try database.prepare("INSERT INTO leerkring_kenmerk VALUES (?, ?)")
        for circle in materials.figures.learningCircles.circles {
            let number = Int64(circle.number)
            try circles.insert([.integer(number), .text(circle.description), .integer(Int64(circle.initiatives.count)),
                                .integer(Int64(circle.provinces.count)), .real(circle.minimumSimilarity)])
            for (offset, initiative) in circle.initiatives.enumerated().sorted(by: { $0.element < $1.element }) {
                try members.insert(number, Int64(initiative + 1), Int64(offset + 1))
            }
            for category in circle.sharedFeatures.map(numbers.category).sorted() {
                try features.insert([.integer(number), .integer(category)])
            }
        }
    }
}
