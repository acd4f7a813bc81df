/// An activity of the sample: exact values where the published marginals demand them, cell text for the rest.
struct SampleActivity: Sendable {
    var initiative: Int
    var province: Int
    var archetype = 0
    var name = ""
    var reach: Int64?
    var approximateReach = false
    var marketFailures: [Int] = []
    var cells: [Column: String] = [:]
}
