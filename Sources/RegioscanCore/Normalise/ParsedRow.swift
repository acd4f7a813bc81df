/// One input row after cell parsing, before fill-down and the checks that span rows and files.
/// Initiative-level fields are `nil` where the cell was empty, so that fill-down can tell "empty" from "no".
/// A class: it is filled once and then read by several passes, which must not copy its many arrays.
final class ParsedRow {
    /// The row's activity-level values, held in the `Activity` that the dataset will keep: the builder only adds
    /// the initiative, its providers and good practice. A row used to hold these values beside the activity made
    /// from it, and at 10⁶ rows both copies were in memory at once.
    var draft: Activity
    var initiativeID: String = "" {
        didSet { initiativeKey = initiativeID.uppercased() }
    }
    var initiativeName: String?
    var initiators: [Int]?
    var financiers: [Int]?
    var executors: [Int]?
    var goodPractice: Bool?
    var website: String?
    var personal: [PersonalField] = []

    /// A row of `origin` at `line`: the file's rows share the origin.
    init(line: Int, origin: SourceOrigin) {
        draft = Activity(province: Self.unknown, initiative: Self.unknown, name: "", archetype: Self.unknown, line: line,
                         origin: origin)
    }

    /// The draft's province, initiative or archetype until it is known.
    private static let unknown = -1

    /// The initiative key: ids match whatever their case or surrounding spaces. Made when the id is set, by the
    /// normaliser on its own core, not later by the builder that sees all rows on one.
    private(set) var initiativeKey = ""

    var location: SourceLocation { draft.source }

    var province: Int? {
        get { draft.province == Self.unknown ? nil : draft.province }
        set { draft.province = newValue ?? Self.unknown }
    }

    var archetype: Int? {
        get { draft.archetype == Self.unknown ? nil : draft.archetype }
        set { draft.archetype = newValue ?? Self.unknown }
    }

    /// The activity's name.
    var activity: String {
        get { draft.name }
        set { draft.name = newValue }
    }

    var sectors: [Int] {
        get { draft.sectors }
        set { draft.sectors = newValue }
    }

    var sizes: [Int] {
        get { draft.sizes }
        set { draft.sizes = newValue }
    }

    var phases: [Int] {
        get { draft.phases }
        set { draft.phases = newValue }
    }

    var maturities: [Int] {
        get { draft.maturities }
        set { draft.maturities = newValue }
    }

    var digitalForms: [Int] {
        get { draft.digitalForms }
        set { draft.digitalForms = newValue }
    }

    var technologies: [Int] {
        get { draft.technologies }
        set { draft.technologies = newValue }
    }

    var applications: [Int] {
        get { draft.applications }
        set { draft.applications = newValue }
    }

    var goals: [Int] {
        get { draft.goals }
        set { draft.goals = newValue }
    }

    var bottlenecks: [Int] {
        get { draft.bottlenecks }
        set { draft.bottlenecks = newValue }
    }

    var marketFailures: [Int] {
        get { draft.marketFailures }
        set { draft.marketFailures = newValue }
    }

    var geography: String {
        get { draft.geography }
        set { draft.geography = newValue }
    }

    var reach: Int64? {
        get { draft.reach }
        set { draft.reach = newValue }
    }

    /// The reach was written as an estimate (`ca. 600`) and counts as that exact number.
    var reachIsApproximate: Bool {
        get { draft.reachIsApproximate }
        set { draft.reachIsApproximate = newValue }
    }

    var note: String {
        get { draft.note }
        set { draft.note = newValue }
    }
}

extension ParsedRow {
    /// Everything the row holds, as one line: for comparing two ways of reading the same file (the tests and the
    /// `normaliser` fuzz target compare rows read one by one as bytes with rows read from a table).
    var contentDescription: String {
        let activity = draft
        return [activity.sourceReference, activity.name, "\(province as Any)", "\(archetype as Any)",
                "\(activity.sectors)", "\(activity.sizes)", "\(activity.phases)", "\(activity.maturities)",
                "\(activity.digitalForms)", "\(activity.technologies)", "\(activity.applications)", "\(activity.goals)",
                "\(activity.bottlenecks)", "\(activity.marketFailures)", activity.geography, "\(activity.reach as Any)",
                "\(activity.reachIsApproximate)",
                activity.note, initiativeID, initiativeName ?? "-", "\(initiators as Any)", "\(financiers as Any)",
                "\(executors as Any)", "\(goodPractice as Any)", website ?? "-", "\(personal)"].joined(separator: " | ")
    }
}
