import Foundation

/// Lays out the sample: initiatives per province, activities per initiative, and the exact national marginals
/// (activities per archetype, market failures, reach per archetype).
struct SamplePlanner {
    /// Archetypes with a high modelled reach, and with a high modelled effort (taxonomy positions).
    static let highReachArchetypes: Set<Int> = [0, 10]
    static let highEffortArchetypes: Set<Int> = [5, 7, 9]

    var rng: SplitMix64
    let targets: SampleTargets
    let provinces = SampleProvinces.all
    var initiatives: [SampleInitiative] = []
    var activities: [SampleActivity] = []

    init(seed: UInt64, activityCount: Int) {
        rng = SplitMix64(seed: seed)
        targets = SampleTargets(activities: activityCount)
    }

    mutating func plan() {
        makeInitiatives()
        makeActivities()
        assignArchetypes()
        assignReach()
        assignMarketFailures()
    }

    // MARK: Initiatives

    private var hasNationalProgrammes: Bool { targets.activities >= 200 }

    private mutating func makeInitiatives() {
        var counts = targets.initiativesPerProvince
        let programmes = hasNationalProgrammes ? SampleVocabulary.nationalProgrammes : []
        // National programmes count among the initiatives; the two largest provinces give up one each.
        for _ in programmes {
            let largest = counts.indices.max { counts[$0] < counts[$1] }!
            counts[largest] -= 1
        }
        let width = max(3, String(counts.max() ?? 0).count)
        var usedNames = Set<String>()
        for (index, province) in provinces.enumerated() {
            for number in 1...max(1, counts[index]) {
                let id = province.code + "-" + padded(number, width)
                var initiative = SampleInitiative(id: id, name: "", home: index, provinces: [index])
                if number == 1 {
                    initiative.name = province.goodPractice.name
                    initiative.website = province.goodPractice.website
                    initiative.isGoodPractice = true
                } else {
                    initiative.name = uniqueName(for: province, used: &usedNames)
                    if rng.chance(70) { initiative.website = "https://" + slug(initiative.name) + ".example" }
                }
                usedNames.insert(initiative.name)
                initiatives.append(initiative)
            }
        }
        for (offset, programme) in programmes.enumerated() {
            initiatives.append(SampleInitiative(id: "NL-" + padded(offset + 1, width), name: programme.name, home: nil,
                                                provinces: programme.provinces, website: programme.website))
        }
        // A regional initiative across the Utrecht–Gelderland border, delivered by both provinces.
        if hasNationalProgrammes, let shared = initiatives.firstIndex(where: { $0.home == 6 && !$0.isGoodPractice }) {
            initiatives[shared].name = "Regio Foodvalley Digitaal"
            initiatives[shared].provinces = [6, 5]
        }
    }

    /// A believable name, unique while the patterns last; beyond that (large samples) numbered.
    private mutating func uniqueName(for province: SampleProvince, used: inout Set<String>) -> String {
        for _ in 0..<6 {
            let name = fill(rng.pick(SampleVocabulary.initiativePatterns), rng.chance(25) ? province.name : rng.pick(province.places))
            if !used.contains(name) { return name }
        }
        return fill(rng.pick(SampleVocabulary.initiativePatterns), province.name) + " \(used.count)"
    }

    private func fill(_ pattern: String, _ place: String) -> String {
        guard let range = pattern.range(of: "%@") else { return pattern }
        return pattern[..<range.lowerBound] + place + pattern[range.upperBound...]
    }

    // MARK: Activities per initiative

    private mutating func makeActivities() {
        let sizes = activityCounts()
        for (index, size) in sizes.enumerated() {
            let provincesOfInitiative = initiatives[index].provinces
            for offset in 0..<size {
                let province = provincesOfInitiative[offset % provincesOfInitiative.count]
                initiatives[index].activities.append(activities.count)
                activities.append(SampleActivity(initiative: index, province: province))
            }
        }
    }

    /// Activities per initiative: between 1 and 13, adding up to the target exactly. The first national
    /// programme has 13 and one initiative has 1, as in the report.
    private mutating func activityCounts() -> [Int] {
        let weights: [Double] = [24, 27, 19, 11, 6.5, 4.5, 2.8, 1.8, 1.2, 0.8, 0.5, 0.4]
        var sizes = initiatives.map { _ in (rng.weighted(weights) ?? 0) + 1 }
        var fixed = Set<Int>()
        if hasNationalProgrammes, let first = initiatives.firstIndex(where: { $0.home == nil }) {
            sizes[first] = 13
            sizes[first + 1] = 6
            fixed = [first, first + 1]
            let single = initiatives.indices.first { !fixed.contains($0) && !initiatives[$0].isGoodPractice }!
            sizes[single] = 1
            fixed.insert(single)
        }
        for (index, initiative) in initiatives.enumerated() where initiative.provinces.count > 1 && !fixed.contains(index) {
            sizes[index] = max(sizes[index], initiative.provinces.count)
            fixed.insert(index)
        }
        let adjustable = initiatives.indices.filter { !fixed.contains($0) }
        let cap = fixed.isEmpty ? 13 : 12
        var total = sizes.reduce(0, +)
        while total > targets.activities {
            let index = adjustable[rng.below(adjustable.count)]
            if sizes[index] > 1 { sizes[index] -= 1; total -= 1 }
        }
        while total < targets.activities {
            let index = adjustable[rng.below(adjustable.count)]
            if sizes[index] < cap { sizes[index] += 1; total += 1 }
        }
        return sizes
    }

    // MARK: Archetypes

    /// Draws every archetype exactly as often as figure 6 says, leaning per province as the 2023 readings do.
    private mutating func assignArchetypes() {
        var remaining = targets.perArchetype
        var order = Array(activities.indices)
        rng.shuffle(&order)
        var used: [Int: Set<Int>] = [:]
        for index in order {
            let activity = activities[index]
            let province = provinces[activity.province]
            let weights = remaining.enumerated().map { archetype, count -> Double in
                var weight = Double(count)
                if Self.highReachArchetypes.contains(archetype) { weight *= province.highReachBias }
                if Self.highEffortArchetypes.contains(archetype) { weight *= province.highEffortBias }
                if used[activity.initiative]?.contains(archetype) == true { weight *= 0.35 }
                return weight
            }
            let archetype = rng.weighted(weights)!
            remaining[archetype] -= 1
            activities[index].archetype = archetype
            used[activity.initiative, default: []].insert(archetype)
        }
        for initiative in initiatives.indices { nameActivities(of: initiative) }
    }

    private mutating func nameActivities(of initiative: Int) {
        var taken = Set<String>()
        for index in initiatives[initiative].activities {
            let pool = SampleVocabulary.archetypes[activities[index].archetype].activities
            let free = pool.filter { !taken.contains($0) }
            var name = free.isEmpty ? pool[rng.below(pool.count)] : free[rng.below(free.count)]
            var suffix = 2
            while taken.contains(name) {
                name = "\(pool[0]) \(suffix)"
                suffix += 1
            }
            taken.insert(name)
            activities[index].name = name
        }
    }

    // MARK: Reach

    /// Splits each archetype's published reach over its activities with a known reach, exactly.
    private mutating func assignReach() {
        for archetype in targets.reachPerArchetype.indices {
            let members = activities.indices.filter { activities[$0].archetype == archetype }
            guard !members.isEmpty else { continue }
            var known = members.filter { _ in rng.chance(80) }
            if known.isEmpty { known = [members[0]] }
            let total = targets.reachPerArchetype[archetype]
            let weights = known.map { _ in Int64(1 + rng.below(100)) * (rng.chance(10) ? 6 : 1) }
            let weightSum = weights.reduce(0, +)
            var values = weights.map { total * $0 / weightSum }
            var missing = total - values.reduce(0, +)
            var position = 0
            while missing > 0 {
                values[position % values.count] += 1
                missing -= 1
                position += 1
            }
            roundSomeToHundreds(&values)
            for (offset, index) in known.enumerated() {
                activities[index].reach = values[offset]
                activities[index].approximateReach = values[offset] >= 200 && values[offset] % 100 == 0
                    && rng.chance(40)
            }
        }
    }

    /// Real sheets say "ca. 400": round a few values and move the difference to a neighbour, keeping the sum.
    private mutating func roundSomeToHundreds(_ values: inout [Int64]) {
        guard values.count > 1 else { return }
        for index in values.indices where values[index] >= 250 && rng.chance(12) {
            let rounded = (values[index] + 50) / 100 * 100
            let delta = values[index] - rounded
            let other = (index + 1) % values.count
            guard values[other] + delta >= 0 else { continue }
            values[index] = rounded
            values[other] += delta
        }
    }

    // MARK: Market failures

    /// Gives every market failure exactly as many activities as figure 18 says, at most three per activity,
    /// drawn with an affinity for the activity's type.
    private mutating func assignMarketFailures() {
        let perActivity = mentionCounts()
        for _ in 0..<100 {
            if let assignment = tryAssignMarketFailures(perActivity) {
                for (index, failures) in assignment.enumerated() { activities[index].marketFailures = failures }
                return
            }
        }
        preconditionFailure("market failures could not be assigned")
    }

    private mutating func mentionCounts() -> [Int] {
        let total = targets.perMarketFailure.reduce(0, +)
        var counts = activities.map { _ in (rng.weighted([3, 60, 30, 7]) ?? 1) }
        var sum = counts.reduce(0, +)
        while sum > total {
            let index = rng.below(counts.count)
            if counts[index] > 0 { counts[index] -= 1; sum -= 1 }
        }
        while sum < total {
            let index = rng.below(counts.count)
            if counts[index] < 3 { counts[index] += 1; sum += 1 }
        }
        return counts
    }

    private mutating func tryAssignMarketFailures(_ perActivity: [Int]) -> [[Int]]? {
        var remaining = targets.perMarketFailure
        var order = Array(activities.indices)
        rng.shuffle(&order)
        order.sort { perActivity[$0] > perActivity[$1] }
        var result = [[Int]](repeating: [], count: activities.count)
        for index in order {
            var chosen: [Int] = []
            for _ in 0..<perActivity[index] {
                let weights = remaining.enumerated().map { failure, count -> Double in
                    chosen.contains(failure) ? 0
                        : Double(count) * SampleVocabulary.marketFailures[failure].affinity[activities[index].archetype]
                }
                guard let failure = rng.weighted(weights) else { return nil }
                chosen.append(failure)
                remaining[failure] -= 1
            }
            result[index] = chosen.sorted()
        }
        return result
    }

    // MARK: Helpers

    func padded(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return folded.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
    }
}
