/// One input row after cell parsing, before fill-down and the checks that span rows and files.
/// Initiative-level fields are `nil` where the cell was empty, so that fill-down can tell "empty" from "no".
/// A class: it is filled once and then read by several passes, which must not copy its many arrays.
final class ParsedRow {
    var location: SourceLocation
    var province: Int?
    var initiativeID: String = ""
    var activity: String = ""
    var archetype: Int?
    var sectors: [Int] = []
    var sizes: [Int] = []
    var phases: [Int] = []
    var maturities: [Int] = []
    var digitalForms: [Int] = []
    var technologies: [Int] = []
    var applications: [Int] = []
    var goals: [Int] = []
    var bottlenecks: [Int] = []
    var marketFailures: [Int] = []
    var geography: String = ""
    var reach: Int64?
    /// The reach was written as an estimate (`ca. 600`) and counts as that exact number.
    var reachIsApproximate = false
    var note: String = ""
    var initiativeName: String?
    var initiators: [Int]?
    var financiers: [Int]?
    var executors: [Int]?
    var goodPractice: Bool?
    var website: String?
    var personal: [PersonalField] = []

    init(location: SourceLocation) {
        self.location = location
    }

    /// The initiative key: ids match whatever their case or surrounding spaces.
    private(set) lazy var initiativeKey: String = initiativeID.uppercased()
}
