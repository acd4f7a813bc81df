import Testing
@testable import RegioscanCore

/// Rankings in the prose: ties share a place, and a cut-off inside a tie takes in the whole tie.
@Suite("Rangorde met gelijke waarden")
struct RankingTests {
    func entries(_ values: [(String, Double)]) -> [Ranking.Entry] {
        values.map { Ranking.Entry(name: $0.0, value: $0.1, text: DutchNumber.decimal($0.1, decimals: 0)) }
    }

    @Test func tiedEntriesShareAPlaceInInputOrder() {
        let ranking = Ranking(entries([("A", 1), ("B", 3), ("C", 3), ("D", 2)]))
        #expect(ranking.places.map { $0.map(\.name) } == [["B", "C"], ["D"], ["A"]])
        #expect(ranking.first.map(\.name) == ["B", "C"])
    }

    @Test func aCutInsideATieTakesTheWholeTie() {
        let ranking = Ranking(entries([("A", 5), ("B", 4), ("C", 3), ("D", 3), ("E", 3), ("F", 1)]))
        #expect(ranking.top(3).flatMap { $0 }.map(\.name) == ["A", "B", "C", "D", "E"])
        #expect(ranking.top(2).flatMap { $0 }.map(\.name) == ["A", "B"])
        #expect(ranking.top(1).flatMap { $0 }.map(\.name) == ["A"])
        #expect(Ranking(entries([("A", 2), ("B", 2), ("C", 2)])).top(1).flatMap { $0 }.count == 3)
    }

    @Test func fewestRanksAscendingWithTies() {
        let ranking = Ranking(entries([("A", 1), ("B", 0), ("C", 1), ("D", 4)]), ascending: true)
        #expect(ranking.top(2).map { $0.map(\.name) } == [["B"], ["A", "C"]])
    }

    @Test func tiedPlacesShareACompetitionRank() {
        let ranking = Ranking(entries([("A", 9), ("B", 7), ("C", 7), ("D", 1)]))
        #expect(ranking.rank(of: "A")?.rank == 1)
        #expect(ranking.rank(of: "B")?.rank == 2 && ranking.rank(of: "B")?.shared == true)
        #expect(ranking.rank(of: "C")?.rank == 2)
        #expect(ranking.rank(of: "D")?.rank == 4 && ranking.rank(of: "D")?.shared == false)
        #expect(ranking.rank(of: "X") == nil)
    }
}
