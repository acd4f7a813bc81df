import Testing
@testable import RegioscanCore

/// The activities per initiative of each scope, counted in sorted runs: each initiative of the scope once, in
/// the order of their numbers, with the count a plain tally gives.
struct FigureContextTests {
    @Test func initiativeCountsAreThoseOfATallyInOrder() throws {
        let dataset = try #require(try DatasetLoader.load(input: ProjectPaths.input, year: 2023).dataset)
        let context = FigureContext(dataset: dataset)
        for scope in context.allScopes {
            var tally: [Int: Int] = [:]
            for index in scope.activities { tally[dataset.activities[index].initiative, default: 0] += 1 }
            let counts = context.initiativeActivityCounts(scope)
            #expect(counts.map(\.initiative) == tally.keys.sorted(), "\(scope.name)")
            #expect(counts.allSatisfy { tally[$0.initiative] == $0.count }, "\(scope.name)")
        }
    }
}
