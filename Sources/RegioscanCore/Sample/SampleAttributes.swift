import Foundation

/// Fills in what the published figures leave free — target groups, forms of digitalisation, bottlenecks,
/// providers, notes — with believable variety and the spellings that real deliveries contain.
struct SampleAttributes {
    var rng: SplitMix64
    let provinces = SampleProvinces.all
    /// Archetypes whose activities mostly serve every sector and size (events, networks, platforms, scans).
    static let broadArchetypes: Set<Int> = [0, 1, 8, 10, 11]

    mutating func fill(_ planner: inout SamplePlanner) {
        for index in planner.initiatives.indices { fillProviders(&planner.initiatives[index]) }
        for index in planner.activities.indices {
            let initiative = planner.initiatives[planner.activities[index].initiative]
            fillCells(&planner.activities[index], initiative: initiative)
        }
        addGoodPracticeNotes(&planner)
    }

    // MARK: Spelling

    /// The canonical spelling most of the time; otherwise one of the variants a sheet might contain.
    mutating func spell(_ spellings: [String], variantRate: Int) -> String {
        guard spellings.count > 1, rng.chance(variantRate) else { return spellings[0] }
        return spellings[1 + rng.below(spellings.count - 1)]
    }

    /// One to `maximum` distinct values drawn by weight, joined as a multi-valued cell.
    mutating func multi(_ options: [(spellings: [String], weight: Double)], maximum: Int, variantRate: Int) -> String {
        let count = 1 + (rng.chance(25) ? min(maximum - 1, 1 + (rng.chance(20) ? 1 : 0)) : 0)
        var weights = options.map(\.weight)
        var values: [String] = []
        for _ in 0..<count {
            guard let pick = rng.weighted(weights) else { break }
            weights[pick] = 0
            values.append(spell(options[pick].spellings, variantRate: variantRate))
        }
        return values.joined(separator: rng.chance(85) ? "; " : " | ")
    }

    // MARK: Activities

    private mutating func fillCells(_ activity: inout SampleActivity, initiative: SampleInitiative) {
        let province = provinces[activity.province]
        let variants = province.layout.variantRate
        var cells: [Column: String] = [:]
        cells[.archetype] = spell(SampleVocabulary.archetypes[activity.archetype].spellings, variantRate: variants / 2)
        let broad = Self.broadArchetypes.contains(activity.archetype)
        cells[.sector] = rng.chance(broad ? 62 : 35)
            ? rng.pick(SampleVocabulary.notSectorSpecific)
            : multi(SampleVocabulary.sectors, maximum: 3, variantRate: variants)
        cells[.size] = rng.chance(broad ? 70 : 45) ? "" : multi(SampleVocabulary.sizes, maximum: 2, variantRate: variants)
        cells[.phase] = rng.chance(broad ? 80 : 60) ? "" : multi(SampleVocabulary.phases, maximum: 2, variantRate: variants)
        cells[.geography] = geography(province)
        cells[.maturity] = maturity(province, broad: broad, variantRate: variants)
        cells[.digitalForm] = rng.chance(45)
            ? rng.pick(SampleVocabulary.unspecifiedDigitalForm)
            : multi(SampleVocabulary.digitalForms, maximum: 2, variantRate: variants)
        cells[.technology] = technology(variants)
        cells[.application] = rng.chance(40) ? "" : multi(SampleVocabulary.applications, maximum: 2, variantRate: variants)
        cells[.goal] = rng.chance(35) ? "" : multi(SampleVocabulary.goals, maximum: 2, variantRate: variants)
        cells[.bottleneck] = rng.chance(12) ? "" : multi(SampleVocabulary.bottlenecks, maximum: 3, variantRate: variants)
        cells[.marketFailure] = activity.marketFailures
            .map { spell(SampleVocabulary.marketFailures[$0].spellings, variantRate: variants) }
            .joined(separator: "; ")
        cells[.reach] = reachText(activity)
        cells[.note] = rng.chance(10) ? rng.pick(Self.notes) : ""
        activity.cells = cells
    }

    static let notes = [
        "Loopt tot eind 2024", "In samenwerking met de regionale ondernemersvereniging", "Gratis voor deelnemers",
        "Financiering loopt tot 2025", "Deelname op uitnodiging", "Maandelijks", "Twee keer per jaar",
        "Bereik is het aantal deelnemende bedrijven", "Pilot, evaluatie volgt",
    ]

    private mutating func geography(_ province: SampleProvince) -> String {
        switch rng.below(10) {
        case 0, 1, 2: province.authority
        case 3, 4: "Regio " + rng.pick(province.places)
        case 5: "Gemeente " + rng.pick(province.places)
        case 6: province.region
        case 7: "Landelijk"
        default: ""
        }
    }

    private mutating func maturity(_ province: SampleProvince, broad: Bool, variantRate: Int) -> String {
        var weights = province.maturityBias
        if broad { weights[3] *= 1.6 }
        let pick = rng.weighted(weights)!
        guard pick < 3 else { return rng.pick(SampleVocabulary.unspecifiedMaturity) }
        var text = spell(SampleVocabulary.maturities[pick], variantRate: variantRate)
        if pick < 2, rng.chance(15) {
            text += "; " + spell(SampleVocabulary.maturities[pick + 1], variantRate: variantRate)
        }
        return text
    }

    private mutating func technology(_ variantRate: Int) -> String {
        if rng.chance(45) { return "" }
        if rng.chance(1) { return rng.pick(SampleVocabulary.newTechnologies) }
        return multi(SampleVocabulary.technologies, maximum: 2, variantRate: variantRate)
    }

    private mutating func reachText(_ activity: SampleActivity) -> String {
        guard let reach = activity.reach else {
            return rng.pick(["", "", "", "", "", "onbekend", "n.b.", "?", "-"])
        }
        if activity.approximateReach { return rng.pick(["ca. ", "~", "±"]) + String(reach) }
        if reach >= 1000, rng.chance(50) { return DutchNumber.integer(reach) }
        return String(reach)
    }

    // MARK: Initiatives

    private mutating func fillProviders(_ initiative: inout SampleInitiative) {
        guard let home = initiative.home else {
            fillNationalProgramme(&initiative)
            return
        }
        let province = provinces[home]
        let variants = province.layout.variantRate
        let ministry = spell(SampleVocabulary.ministry, variantRate: variants * 2)
        let bank = spell(SampleVocabulary.bank, variantRate: variants * 2)
        var initiators = draw([
            (province.authority, 22), (province.developmentAgency, 14), (rng.pick(province.schools), 26),
            (rng.pick(province.networks), 14), (rng.pick(province.municipalities), 14),
            (spell(SampleVocabulary.chamber, variantRate: variants), 4), (ministry, 3),
            (spell(SampleVocabulary.smeAssociation, variantRate: variants), 3),
        ], extraChance: 20)
        var financiers = draw([
            (ministry, 38), (province.authority, 58), (rng.pick(province.municipalities), 18),
            (spell(SampleVocabulary.erdf, variantRate: variants), 12), (bank, 9), (province.developmentAgency, 9),
            (spell(SampleVocabulary.rvo, variantRate: variants), 4),
        ], independent: true)
        var executors = draw([
            (rng.pick(province.schools), 42), (province.developmentAgency, 26), (rng.pick(province.networks), 20),
            (spell(SampleVocabulary.chamber, variantRate: variants), 10), (bank, 14),
            (spell(SampleVocabulary.tno, variantRate: variants), 3),
            (spell(SampleVocabulary.talentPlatform, variantRate: variants), 6),
            (spell(SampleVocabulary.trustCenter, variantRate: variants), 3), (rng.pick(province.municipalities), 8),
        ], independent: true)
        if initiative.provinces.count > 1 {
            let other = provinces[initiative.provinces[1]]
            initiators = [province.authority, other.authority]
            financiers = [province.authority, other.authority, ministry]
            executors = [rng.pick(province.schools), rng.pick(other.schools), bank]
        }
        if rng.chance(8) { financiers = [] }
        initiative.initiators = initiators
        initiative.financiers = financiers
        initiative.executors = executors
        setContact(&initiative, organisation: initiators.first ?? province.authority)
    }

    private mutating func fillNationalProgramme(_ initiative: inout SampleInitiative) {
        initiative.initiators = [SampleVocabulary.ministry[0], SampleVocabulary.talentPlatform[0]]
        initiative.financiers = [SampleVocabulary.ministry[0]]
        initiative.executors = initiative.provinces.map { provinces[$0].schools[0] }
            + [SampleVocabulary.smeAssociation[0]]
        setContact(&initiative, organisation: SampleVocabulary.talentPlatform[0])
    }

    /// Providers drawn by chance per candidate (independent), or one main pick plus sometimes a second.
    private mutating func draw(_ candidates: [(String, Int)], independent: Bool = false, extraChance: Int = 0) -> [String] {
        var chosen: [String] = []
        if independent {
            for (name, percent) in candidates where rng.chance(percent) && !chosen.contains(name) { chosen.append(name) }
            if chosen.isEmpty { chosen.append(candidates[0].0) }
            return Array(chosen.prefix(3))
        }
        var weights = candidates.map { Double($0.1) }
        let count = rng.chance(extraChance) ? 2 : 1
        for _ in 0..<count {
            guard let pick = rng.weighted(weights) else { break }
            weights[pick] = 0
            if !chosen.contains(candidates[pick].0) { chosen.append(candidates[pick].0) }
        }
        return chosen
    }

    private mutating func setContact(_ initiative: inout SampleInitiative, organisation: String) {
        let first = rng.pick(SampleVocabulary.contactFirstNames)
        let last = rng.pick(SampleVocabulary.contactLastNames)
        initiative.contactName = "\(first) \(last)"
        let domain = organisation.lowercased().folding(options: .diacriticInsensitive, locale: nil)
            .filter { $0.isLetter || $0.isNumber }
        let local = (first + "." + last).lowercased().replacingOccurrences(of: " ", with: "")
        initiative.contactEmail = "\(local)@\(domain.prefix(24)).example"
    }

    // MARK: Good practices

    /// A good practice's highlights go in the `toelichting` of its first activity.
    private mutating func addGoodPracticeNotes(_ planner: inout SamplePlanner) {
        for initiative in planner.initiatives where initiative.isGoodPractice {
            guard let home = initiative.home, let first = initiative.activities.first else { continue }
            let highlights = provinces[home].goodPractice.highlights
            let separator = provinces[home].layout.delimiter == "," ? "\n" : "; "
            planner.activities[first].cells[.note] = highlights.joined(separator: separator)
        }
    }
}
