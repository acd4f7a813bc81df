/// An initiative of the sample as it will be written.
struct SampleInitiative: Sendable {
    var id: String
    var name: String
    /// The province whose file lists it (for national programmes: nil, they have their own file).
    var home: Int?
    var provinces: [Int]
    var website: String = ""
    var initiators: [String] = []
    var financiers: [String] = []
    var executors: [String] = []
    var isGoodPractice = false
    var contactName = ""
    var contactEmail = ""
    var activities: [Int] = []
}
