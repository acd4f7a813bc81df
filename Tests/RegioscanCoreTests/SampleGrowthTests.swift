import Foundation
import Testing
@testable import RegioscanCore

/// Generated input beyond the published size grows the way real deliveries grow: new technology labels and new
/// providers keep appearing, with a long tail of labels seen only once, so that benchmarks meet big-input costs.
@Suite("Voorbeelddata op grote schaal")
struct SampleGrowthTests {
    @Test func namesAreDistinctAcrossEveryCombinationAndBeyond() {
        let vocabulary = LongTailVocabulary(parts: [["a", "b", "c"], ["x", "y"], ["", "p", "q", "r", "s"]])
        let names = (0..<95).map(vocabulary.name)
        #expect(Set(names).count == names.count)
        #expect(names[0] == "a x" && names[1] == "b y p" && names[30] == "a x 2")
    }

    @Test func drawsFollowHeapsLawWithALongTail() {
        var vocabulary = LongTailVocabulary(parts: [Array("abcdefghijklmnopqrs").map(String.init), (0..<20).map(String.init)],
                                            discount: 0.7, concentration: 8)
        var rng = SplitMix64(seed: 5)
        var distinct: [Int: Int] = [:]
        for draw in 1...40_000 {
            _ = vocabulary.draw(&rng)
            if [2_500, 40_000].contains(draw) { distinct[draw] = vocabulary.distinctCount }
        }
        // Sixteen times the draws give about 16^0.7 ≈ 7 times the labels: more, but far fewer than sixteen times.
        let growth = Double(distinct[40_000]!) / Double(distinct[2_500]!)
        #expect((4...11).contains(growth), "\(growth)")
        let once = vocabulary.counts.filter { $0 == 1 }.count
        #expect(Double(once) / Double(vocabulary.distinctCount) > 0.4)
        #expect(vocabulary.counts.max()! > 100)
    }

    /// Distinct technologies and providers, and how many of the new ones occur on one activity only.
    static func openLabels(activities: Int) throws -> (technologies: Int, providers: Int, new: Int, onceOnly: Int) {
        let input = try TemporaryInput()
        defer { input.remove() }
        _ = try SampleGenerator(seed: 3, activityCount: activities).write(to: input.yearFolder)
        let result = try input.load()
        let dataset = try #require(result.dataset, "\(result.diagnostics.texts(.error).prefix(5))")
        #expect(dataset.activities.count == activities)
        var uses: [Int: Int] = [:]
        for activity in dataset.activities { for label in activity.technologies { uses[label, default: 0] += 1 } }
        let known = dataset.taxonomy.openVocabularies[.technology]!.labels.count
        let new = uses.filter { $0.key >= known }
        return (uses.count, Set(dataset.activities.flatMap(\.roles.all)).count, new.count, new.filter { $0.value == 1 }.count)
    }

    @Test func technologiesAndProvidersGrowWithTheSize() throws {
        let small = try Self.openLabels(activities: 1_500)
        let large = try Self.openLabels(activities: 6_000)
        #expect(Double(large.technologies) > 1.8 * Double(small.technologies), "\(small) \(large)")
        #expect(Double(large.providers) > 1.4 * Double(small.providers), "\(small) \(large)")
        #expect(Double(large.onceOnly) > 0.3 * Double(large.technologies), "\(large)")
    }

    @Test func thePublishedSizeHasNoLongTail() throws {
        let counts = try Self.openLabels(activities: SampleTargets.publishedActivities)
        #expect(counts.new <= SampleVocabulary.newTechnologies.count)
    }
}
