import Foundation
import Testing
@testable import RegioscanCore

/// The grouping on a hand-built delivery. Feature sets (type, size, sector, bottleneck, technology, goal):
///
///     UT-1, GE-1            {WMS, Micro, Industrie, K6}
///     LI-1                  {WMS, Micro, Industrie, K6, AI}                      J(UT-1, LI-1) = 4/5
///     DR-1                  {WMS, Micro, Industrie, K6, AI, Productiviteit, Duurzaamheid}
///                                                                               J(UT-1, DR-1) = 4/7, J(LI-1, DR-1) = 5/7
///     GR-1                  DR-1 plus {Handel, Klein}                            J(DR-1, GR-1) = 7/9, J(UT-1, GR-1) = 4/9
///     UT-2, UT-3, UT-4      {WMS, Klein, Handel, K8}: identical, but all in Utrecht
///     ZE-1                  {Workshops, Klein, Bouwnijverheid, K8, Duurzaamheid} J(ZE-1, FR-1) = 4/5
///     FR-1                  {Workshops, Klein, Bouwnijverheid, K8}
///
/// At 50 %, pairs from the most similar down: UT-1+GE-1 (1), the three UT-2..4 (1), LI-1 joins them (4/5),
/// ZE-1+FR-1 (4/5), DR-1+GR-1 (7/9); then LI-1–DR-1 (5/7) cannot join the two groups because UT-1–GR-1 is 4/9.
/// So: {GE-1, LI-1, UT-1} is the only circle; UT-2..4 lie in one province; DR-1+GR-1 and ZE-1+FR-1 are pairs.
@Suite("Leerkringen")
struct LearningCircleTests {
    static let header = "provincie,initiatief_id,initiatief,activiteit,type_activiteit,omvang,sector,knelpunt,technologie,doel\n"
    static let core = "Werken met studenten,Micro,Industrie,K6"
    static let rows = [
        "Utrecht,UT-1,Studenten Utrecht,A,\(core),,",
        "Gelderland,GE-1,Studenten Gelderland,A,\(core),,",
        "Limburg,LI-1,Studenten Limburg,A,\(core),AI,",
        "Drenthe,DR-1,Studenten Drenthe,A,\(core),AI,Productiviteit; Duurzaamheid",
        "Groningen,GR-1,Studenten Groningen,A,\(core),AI,Productiviteit; Duurzaamheid",
        "Groningen,GR-1,Studenten Groningen,B,Werken met studenten,Klein,Handel,K6,,",
        "Utrecht,UT-2,Handel 2,A,Werken met studenten,Klein,Handel,K8,,",
        "Utrecht,UT-3,Handel 3,A,Werken met studenten,Klein,Handel,K8,,",
        "Utrecht,UT-4,Handel 4,A,Werken met studenten,Klein,Handel,K8,,",
        "Zeeland,ZE-1,Bouw Zeeland,A,Workshops & kennisevents,Klein,Bouwnijverheid,K8,,Duurzaamheid",
        "Friesland,FR-1,Bouw Friesland,A,Workshops & kennisevents,Klein,Bouwnijverheid,K8,,",
    ]

    static func dataset(_ rows: [String] = rows) throws -> Dataset {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("leerkringen.csv", header + rows.joined(separator: "\n") + "\n")
        let result = try input.load()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        return try #require(result.dataset)
    }

    static func ids(_ circle: LearningCircle, _ dataset: Dataset) -> [String] {
        circle.initiatives.map { dataset.initiatives[$0].id }
    }

    @Test func completeLinkKeepsOutAnInitiativeThatIsNotSimilarToEveryMember() throws {
        let dataset = try Self.dataset()
        let result = LearningCircleBuilder.make(dataset, parameters: LearningCircleParameters(thresholdPercent: 50))
        #expect(result.circles.map { Self.ids($0, dataset) } == [["GE-1", "LI-1", "UT-1"]])
        let circle = try #require(result.circles.first)
        #expect(circle.number == 1)
        #expect(circle.provinces.map(dataset.provinceName) == ["Gelderland", "Utrecht", "Limburg"])
        #expect(circle.minimumSimilarity == 0.8)
        #expect(circle.description == "Werken met studenten voor bedrijven van omvang Micro in de sector Industrie, knelpunt Gebrek aan interne kennis en kunde")
        #expect(result.comparedAllPairs)
    }

    @Test func withoutTheDissimilarInitiativeTheCircleGrowsAndIsCappedByTheMaximum() throws {
        let rows = Self.rows.filter { !$0.contains("GR-1") }
        let dataset = try Self.dataset(rows)
        // DR-1 is similar to UT-1, GE-1 (4/7) and LI-1 (5/7): all pairs reach 50 %.
        let open = LearningCircleBuilder.make(dataset, parameters: LearningCircleParameters(thresholdPercent: 50))
        #expect(open.circles.map { Self.ids($0, dataset) } == [["DR-1", "GE-1", "LI-1", "UT-1"]])
        #expect(open.circles.first?.minimumSimilarity == 4.0 / 7.0)
        #expect(open.circles.first?.description.hasSuffix(", knelpunt Gebrek aan interne kennis en kunde") == true)
        // With at most three, DR-1 (the least similar) stays out.
        let capped = LearningCircleBuilder.make(dataset, parameters: LearningCircleParameters(thresholdPercent: 50, maximumInitiatives: 3))
        #expect(capped.circles.map { Self.ids($0, dataset) } == [["GE-1", "LI-1", "UT-1"]])
        // At 60 %, DR-1's 4/7 (57 %) is too low.
        let strict = LearningCircleBuilder.make(dataset, parameters: LearningCircleParameters(thresholdPercent: 60))
        #expect(strict.circles.map { Self.ids($0, dataset) } == [["GE-1", "LI-1", "UT-1"]])
    }

    @Test func lowerThresholdGivesMoreCirclesLargestFirstAndTheRulesHold() throws {
        let dataset = try Self.dataset()
        // At 20 % the Zeeland and Friesland initiatives (sharing Klein and K8 with UT-2..4: 2/6 = 33 %) join them.
        let result = LearningCircleBuilder.make(dataset, parameters: LearningCircleParameters(thresholdPercent: 20))
        #expect(result.circles.map(\.number) == Array(1...result.circles.count))
        for (circle, next) in zip(result.circles, result.circles.dropFirst()) {
            #expect(circle.initiatives.count >= next.initiatives.count)
        }
        var seen = Set<Int>()
        for circle in result.circles {
            #expect(circle.initiatives.count >= 3)
            #expect(Set(circle.initiatives.flatMap { result.initiativeProvinces[$0] }).count >= 2)
            #expect(seen.isDisjoint(with: circle.initiatives))
            seen.formUnion(circle.initiatives)
        }
        #expect(result.circles.contains { Self.ids($0, dataset) == ["FR-1", "UT-2", "UT-3", "UT-4", "ZE-1"] })
    }

    @Test func sortedNeighbourhoodGivesTheSameCirclesWhenItsWindowCoversEveryPair() throws {
        let dataset = try Self.dataset()
        var parameters = LearningCircleParameters(thresholdPercent: 50)
        let exact = LearningCircleBuilder.make(dataset, parameters: parameters)
        parameters.allPairsLimit = 0
        let windowed = LearningCircleBuilder.make(dataset, parameters: parameters)
        #expect(!windowed.comparedAllPairs)
        #expect(windowed.circles == exact.circles)
    }

    /// Joining skips groups already known to hold a dissimilar pair; the groups must be those of plain complete
    /// linkage over every pair, most similar first. Random deliveries with few values, so that groups often meet
    /// again along other pairs, and a low maximum, so that the size rule is met too.
    /// Rows of random initiatives with few values each (the same rows for the same round).
    static func randomRows(round: Int, count: Int = 90) -> [String] {
        let provinces = ["Utrecht", "Gelderland", "Limburg", "Drenthe", "Zeeland"]
        let values = [["Werken met studenten", "Workshops & kennisevents"], ["Micro", "Klein", "Micro; Klein"],
                      ["Industrie", "Handel", "Bouwnijverheid", "Industrie; Handel"], ["K6", "K8", "K6; K8"],
                      ["AI", "", "Robotica", "AI; Robotica"], ["Productiviteit", "Duurzaamheid", ""]]
        var state = 0x9E37_79B9_7F4A_7C15 &+ UInt64(round)
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { index in
            "\(provinces[next(provinces.count)]),I-\(round)-\(index),Initiatief \(index),A,"
                + values.map { $0[next($0.count)] }.joined(separator: ",")
        }
    }

    /// The sorted-neighbourhood order packs the first two keys of each initiative in one number: it must be the
    /// order of the whole lists of keys, the shorter first on a tie, then by index, for every kind first.
    @Test func initiativesAreSortedByTheirWholeKeys() throws {
        let dataset = try Self.dataset(Self.randomRows(round: 7, count: 300))
        let builder = LearningCircleBuilder(dataset: dataset, parameters: LearningCircleParameters())
        var starts = [0]
        for initiative in 0..<builder.count { starts.append(starts.last! + builder.features(initiative).count) }
        for kind in LearningCircleFeature.Kind.allCases {
            let keys = builder.sortKeys(first: kind)
            #expect(keys.count == starts.last!)
            let expected = (0..<builder.count).sorted { a, b in
                let x = Array(keys[starts[a]..<starts[a + 1]]), y = Array(keys[starts[b]..<starts[b + 1]])
                return x.lexicographicallyPrecedes(y) || (x == y && a < b)
            }
            #expect(builder.sortedInitiatives(keys: keys) == expected, "\(kind)")
        }
    }

    @Test func joiningGivesTheGroupsOfPlainCompleteLinkage() throws {
        for round in 0..<4 {
            let dataset = try Self.dataset(Self.randomRows(round: round))
            let parameters = LearningCircleParameters(thresholdPercent: 40 + 10 * (round % 2), maximumInitiatives: 4 + round)
            let result = LearningCircleBuilder.make(dataset, parameters: parameters)
            #expect(result.comparedAllPairs)
            let builder = LearningCircleBuilder(dataset: dataset, parameters: parameters)
            let count = dataset.initiatives.count
            var pairs: [LearningCircleBuilder.Pair] = []
            for a in 0..<count {
                for b in (a + 1)..<count { if let pair = builder.pair(a, b) { pairs.append(pair) } }
            }
            pairs.sort(by: LearningCircleBuilder.moreSimilar)
            var group = Array(0..<count)
            var members = (0..<count).map { [$0] }
            for pair in pairs {
                let a = group[Int(pair.first)], b = group[Int(pair.second)]
                guard a != b, members[a].count + members[b].count <= parameters.maximumInitiatives,
                      members[a].allSatisfy({ x in members[b].allSatisfy { builder.isSimilar(x, $0) } }) else { continue }
                for index in members[b] { group[index] = a }
                members[a] += members[b]
                members[b] = []
            }
            let expected = members.filter { members in
                members.count >= parameters.minimumInitiatives
                    && Set(members.flatMap { result.initiativeProvinces[$0] }).count >= parameters.minimumProvinces
            }.map { Set($0) }
            #expect(Set(result.circles.map { Set($0.initiatives) }) == Set(expected), "ronde \(round)")
            #expect(!expected.isEmpty, "ronde \(round): de proef moet kringen opleveren")
        }
    }

    /// Random pairs of initiatives among `count`, with unions up to `maximumUnion`; fractions that are equal in
    /// other terms (1/2, 2/4, 3/6) and pairs found twice are among them.
    static func randomPairs(count: Int32, maximumUnion: UInt16, number: Int) -> [LearningCircleBuilder.Pair] {
        typealias Pair = LearningCircleBuilder.Pair
        var generator = SystemRandomNumberGenerator()
        var pairs = (0..<number).map { _ in
            let union = UInt16.random(in: 1...maximumUnion, using: &generator)
            let first = Int32.random(in: 0..<(count - 1), using: &generator)
            return Pair(first: first, second: Int32.random(in: (first + 1)..<count, using: &generator),
                        shared: UInt16.random(in: 0...union, using: &generator), union: union)
        }
        pairs += [Pair(first: 1, second: 2, shared: 1, union: 2), Pair(first: 1, second: 3, shared: 2, union: 4),
                  Pair(first: 0, second: 5, shared: 3, union: 6), Pair(first: 0, second: 4, shared: maximumUnion, union: maximumUnion),
                  Pair(first: 2, second: 3, shared: 0, union: maximumUnion)]
        return pairs + pairs.prefix(10)
    }

    /// The packed keys sort as the pairs compare (`moreSimilar`, fractions exactly), in 64 and in 128 bits, also
    /// at the largest union a pair may have and the most initiatives a key of 64 bits holds.
    @Test func packedPairsSortAsThePairsCompare() throws {
        typealias Pair = LearningCircleBuilder.Pair
        for (count, maximumUnion) in [(Int32(60), UInt16(20)), (Int32(1) << 20, UInt16(1_000)), (Int32.max, UInt16.max)] {
            let pairs = Self.randomPairs(count: count, maximumUnion: maximumUnion, number: 3_000)
            let expected = pairs.sorted(by: LearningCircleBuilder.moreSimilar)
            func check<Key>(_ keys: LearningCirclePairKeys<Key>) {
                var packed = pairs.map(keys.key)
                packed.radixSort()
                #expect(packed.map { keys.first($0) } == expected.map { Int($0.first) }, "\(count), \(maximumUnion)")
                #expect(packed.map { keys.second($0) } == expected.map { Int($0.second) }, "\(count), \(maximumUnion)")
                // Equal keys are equally similar pairs of the same two initiatives, and the reverse.
                for (key, pair) in zip(packed, expected).dropFirst() where key == packed.first {
                    #expect(!LearningCircleBuilder.moreSimilar(expected[0], pair))
                }
            }
            if let keys = LearningCirclePairKeys<UInt64>(count: Int(count), maximumUnion: Int(maximumUnion)) { check(keys) }
            check(try #require(LearningCirclePairKeys<UInt128>(count: Int(count), maximumUnion: Int(maximumUnion))))
        }
        #expect(LearningCirclePairKeys<UInt64>(count: Int(Int32.max), maximumUnion: Int(UInt16.max)) == nil)
        #expect(LearningCirclePairKeys<UInt64>(count: 1_000_000, maximumUnion: 200) != nil)
    }

    /// Each sort's pairs are sorted on their own core and then merged: the same order as one sort of them all,
    /// a pair found by two sorts once.
    @Test func mergingSortedListsGivesTheOrderOfOneSort() throws {
        let keys = try #require(LearningCirclePairKeys<UInt64>(count: 51, maximumUnion: 20))
        var lists = (0..<6).map { _ in Self.randomPairs(count: 51, maximumUnion: 20, number: Int.random(in: 0...300)).map(keys.key) }
        lists[1] += lists[0].prefix(20)
        lists.append([])
        let all = Array(Set(lists.flatMap { $0 })).sorted()
        for index in lists.indices { lists[index].radixSort() }
        #expect(Array(LearningCirclePairMerge(lists)) == all)
    }

    @Test func descriptionNamesEverySharedFeatureInDutch() throws {
        let dataset = try Self.dataset()
        let describer = LearningCircleDescriber(dataset: dataset)
        let technology = try #require(dataset.openLabels[.technology]?.firstIndex(of: "AI"))
        let goals = ["Productiviteit", "Duurzaamheid"].compactMap { dataset.openLabels[.goal]?.firstIndex(of: $0) }
        let text = describer.describe([LearningCircleFeature(kind: .technology, index: technology)]
            + goals.map { LearningCircleFeature(kind: .goal, index: $0) })
        #expect(text == "Activiteiten, technologie AI, doelen Productiviteit en Duurzaamheid")
        #expect(describer.describe([]) == LearningCircleDescriber.nothingShared)
    }

    @Test func thresholdOutsideOneToHundredIsASettingsError() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("instellingen.yaml", "leerkring_drempel: 0\nleerkring_maximum: 2\n")
        var diagnostics = Diagnostics()
        _ = SettingsLoader.load(yearFolder: input.yearFolder, year: input.year, diagnostics: &diagnostics)
        #expect(diagnostics.errors.count == 2)
        try input.write("instellingen.yaml", "leerkring_drempel: 35\nleerkring_maximum: 8\n")
        var fine = Diagnostics()
        let settings = SettingsLoader.load(yearFolder: input.yearFolder, year: input.year, diagnostics: &fine)
        #expect(!fine.hasErrors)
        #expect(LearningCircleParameters(settings: settings) == LearningCircleParameters(thresholdPercent: 35, maximumInitiatives: 8))
    }
}
