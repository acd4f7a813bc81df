import Foundation
import Testing
@testable import RegioscanCore

/// Broken input of every kind is refused with a message, quickly, and never crashes the program.
@Suite("Kapotte invoer")
struct RobustnessTests {
    func load(bytes: [UInt8], name: String = "utrecht.csv") throws -> LoadResult {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write(name, bytes: bytes)
        return try input.load()
    }

    @Test func binaryGarbage() throws {
        var rng = SplitMix64(seed: 7)
        let bytes = (0..<200_000).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        let result = try load(bytes: bytes)
        #expect(result.dataset == nil)
        #expect(result.diagnostics.hasErrors)
    }

    @Test func garbageWithoutNULBytes() throws {
        var rng = SplitMix64(seed: 8)
        let bytes = (0..<200_000).map { _ in UInt8(truncatingIfNeeded: rng.next() % 255 + 1) }
        let result = try load(bytes: bytes)
        #expect(result.dataset == nil)
    }

    @Test func tenMegabyteCell() throws {
        let huge = String(repeating: "x", count: 10_000_000)
        let text = FixtureCSV.semicolon(extra: ["toelichting"], rows: [FixtureCSV.row() + [huge]])
        let result = try load(bytes: Array(text.utf8))
        #expect(result.diagnostics.texts(.error) == ["utrecht.csv:2: kolom toelichting: cel is 10.000.000 tekens lang; de grens is 32.767 (zoals in Excel)"])
    }

    @Test func cellAtExcelsLimitIsAccepted() throws {
        let text = FixtureCSV.semicolon(extra: ["toelichting"], rows: [FixtureCSV.row() + [String(repeating: "é", count: 32_767)]])
        #expect(try load(bytes: Array(text.utf8)).dataset != nil)
    }

    @Test func hundredThousandColumns() throws {
        let extra = (0..<100_000).map { "kolom\($0)" }
        let text = FixtureCSV.semicolon(extra: extra, rows: [FixtureCSV.row() + extra.map { _ in "1" }])
        let result = try load(bytes: Array(text.utf8))
        #expect(result.dataset != nil)
        #expect(result.diagnostics.warnings.count == 1)
        #expect(result.diagnostics.warnings[0].message.contains("en 99.990 andere"))
    }

    @Test func nulByte() throws {
        let text = FixtureCSV.semicolon(rows: [FixtureCSV.row(), ["Utrecht", "UT-002", "B\u{0}", "x", "1"]])
        let result = try load(bytes: Array(text.utf8))
        #expect(result.diagnostics.texts(.error) == ["utrecht.csv:3: bevat een NUL-byte (geen tekstbestand?); sla het bestand op als CSV"])
    }

    @Test func reachBeyondSixtyFourBits() throws {
        let text = FixtureCSV.semicolon(extra: ["bereik"], rows: [FixtureCSV.row() + ["9.223.372.036.854.775.808"]])
        let result = try load(bytes: Array(text.utf8))
        #expect(result.diagnostics.errors.map(\.kind) == [.reach])
    }

    @Test func manyDistinctUnknownValuesStayFast() throws {
        let rows = (0..<20_000).map { FixtureCSV.row("UT-\($0)", "I", "A", type: "onbekend type \($0)") }
        let result = try load(bytes: Array(FixtureCSV.semicolon(rows: rows).utf8))
        #expect(result.diagnostics.errors.count == 20_000)
    }

    @Test func onlyAQuote() throws {
        let result = try load(bytes: Array("\"".utf8))
        #expect(result.dataset == nil)
    }

    @Test func headerOfOnlyDelimiters() throws {
        let result = try load(bytes: Array(";;;;\n;;;\n".utf8), name: "aanlevering.csv")
        #expect(result.dataset == nil)
    }
}
