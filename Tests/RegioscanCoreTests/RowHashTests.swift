import Testing
@testable import RegioscanCore

/// The row hashes that pair unchanged rows of two runs: equal pieces give equal hashes, and a change of any one
/// byte, of a length, or of where the pieces split gives others.
struct RowHashTests {
    static func hash(_ pieces: [[UInt8]]) -> [UInt64] {
        var hash = RowHash()
        for piece in pieces { piece.withUnsafeBytes { hash.add($0) } }
        let (first, second) = hash.finalize()
        return [first, second]
    }

    @Test func equalRowsMeetAndChangedRowsDoNot() {
        let row = Array("Utrecht,UT-0001,Digilab,Scan \"x\",Signaleren,Industrie; Handel,".utf8)
        #expect(Self.hash([row, [1, 2]]) == Self.hash([row, [1, 2]]))
        var seen: Set<[UInt64]> = [Self.hash([row, []])]
        for place in row.indices {
            var changed = row
            changed[place] ^= 0x20
            #expect(seen.insert(Self.hash([changed, []])).inserted, "byte \(place)")
        }
        for length in 0..<row.count {
            #expect(seen.insert(Self.hash([Array(row[..<length]), []])).inserted, "lengte \(length)")
        }
        #expect(Self.hash([Array(row[..<10]), Array(row[10...])]) != Self.hash([Array(row[..<11]), Array(row[11...])]))
    }
}
