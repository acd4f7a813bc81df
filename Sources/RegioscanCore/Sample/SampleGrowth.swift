/// What a sample larger than the published one adds, so that big inputs cost what big deliveries cost:
/// technology labels and providers that no list knows yet, growing with the size (a long tail of labels seen
/// once), on top of the initiatives, which already grow in proportion. The published size stays untouched,
/// so that the default seed and size still give the shipped `Input/2023/`.
struct SampleGrowth {
    /// Percent of activities that name one technology beyond the taxonomy's list.
    static let technologyRate = 12
    /// Percent of initiatives with one executing provider beyond the taxonomy's list (a local firm).
    static let providerRate = 40

    var rng: SplitMix64
    var technologies = LongTailVocabulary(parts: [
        ["Edge", "Quantum", "Neuromorphic", "Federated", "Generative", "Spatial", "Autonomous", "Collaborative",
         "Predictive", "Hybrid", "Photonic", "Low-power", "Open-source", "Embedded", "Wearable", "Swarm",
         "Serverless", "Zero-trust", "Conversational"],
        ["computing", "sensing", "analytics", "robotics", "AI", "vision", "printing", "twins", "ledgers", "networks",
         "platforms", "interfaces", "data", "automation", "security", "simulation", "mapping", "learning",
         "devices", "software"],
        ["", "voor de bouw", "in de zorg", "voor retail", "in de logistiek", "voor de maakindustrie", "voor agrifood",
         "in de horeca", "voor de energietransitie", "in het onderwijs", "voor de creatieve sector",
         "voor de installatiesector", "voor de havens", "in de mobiliteit", "voor de chemie", "in de financiële sector",
         "voor de glastuinbouw", "voor de bouwlogistiek", "in de vrijetijdssector", "voor de metaal",
         "voor de voedingsindustrie", "voor het waterbeheer", "voor de textielsector"],
    ])
    var providers = LongTailVocabulary(parts: [
        ["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
         "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
         "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel",
         "van der Veen"],
        ["ICT", "Automatisering", "Digitaal Advies", "Data Solutions", "Webbureau", "IT-partners", "Innovatiebureau",
         "Consultancy", "Softwarehuis", "Techniek", "Cybersecurity", "Online Marketing", "Robotics", "Cloud Services",
         "Smart Factory", "Opleidingen"],
        ["", "B.V.", "& Partners", "Groep", "Noord"],
    ], discount: 0.6, concentration: 20)

    init(seed: UInt64) {
        rng = SplitMix64(seed: seed)
    }

    mutating func apply(to planner: inout SamplePlanner) {
        for index in planner.activities.indices where rng.chance(Self.technologyRate) {
            let label = technologies.draw(&rng)
            let cell = planner.activities[index].cells[.technology] ?? ""
            planner.activities[index].cells[.technology] = cell.isEmpty ? label : cell + "; " + label
        }
        for index in planner.initiatives.indices where rng.chance(Self.providerRate) {
            let provider = providers.draw(&rng)
            if !planner.initiatives[index].executors.contains(provider) {
                planner.initiatives[index].executors.append(provider)
            }
        }
    }
}
