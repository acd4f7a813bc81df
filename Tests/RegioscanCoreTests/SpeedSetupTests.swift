import Foundation
import Testing
import CZipLevel
@testable import RegioscanCore

/// The choices that made large runs faster without changing what they write: the allocator, the deflate level of
/// the workbooks, and a compact activity.
@Suite("Snelheid: geheugenbeheer, compressie en compacte activiteiten")
struct SpeedSetupTests {
    /// jemalloc is linked and serves Swift's own allocations (glibc's malloc spent a fifth of a run at 10⁵
    /// activities in its bookkeeping).
    @Test func jemallocServesTheProcess() {
        #expect(MemoryAllocator.version?.hasPrefix("5.") == true, "\(MemoryAllocator.version ?? "geen jemalloc")")
        #expect(MemoryAllocator.servesThisProcess)
        #expect(MemoryAllocator.settings.contains("background_thread:true"))
        #expect(MemoryAllocator.returnsMemoryInTheBackground, "jemalloc las malloc_conf niet")
    }

    /// libxlsxwriter always asks for zlib's default level; the program hands minizip level 1, which minizip records
    /// in each entry's flags (bits 1 and 2 set: "super fast"). Read from the central directory of a written file.
    @Test func workbookPartsAreDeflatedAtTheFastestLevel() throws {
        let folder = try TemporaryFolder.make("regioscan-zip")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/Utrecht.xlsx"
        let workbook = try XLSXWorkbook(path: path, properties: WorkbookFaultTests.properties, constantMemory: false)
        let sheet = try workbook.addWorksheet("Blad")
        for row in 0..<200 { try sheet.write("activiteit \(row) in de regio", row: row, column: 0) }
        let before = regioscan_deflated_entries(), kept = regioscan_memory_tmpfiles()
        try workbook.close()
        // The library's temporary files (one per part) were kept in memory.
        #expect(regioscan_memory_tmpfiles() - kept >= 3)
        let entries = try Self.centralDirectory(of: [UInt8](Data(contentsOf: URL(fileURLWithPath: path))))
        let deflated = entries.filter { $0.method == 8 }
        #expect(deflated.count >= 5)
        // Deflated by the program (ISA-L), not by zlib inside minizip; other tests may close workbooks meanwhile.
        #expect(regioscan_deflated_entries() - before >= UInt(deflated.count))
        for entry in deflated { #expect(entry.flags & 0b110 == 0b110, "\(entry.name): vlaggen \(entry.flags)") }
        // The file is still a workbook that reads back.
        #expect(try XLSXReader(path: path).allText.contains("activiteit 199 in de regio"))
    }

    /// A sheet far larger than the deflater's buffers, part of it text that does not compress (deflated output
    /// larger than its input), comes back cell for cell; ZIPFoundation checks every entry's CRC as it reads. Its
    /// XML passes the megabyte after which a temporary file of the library moves from memory to disk.
    @Test(arguments: [false, true])
    func aLargeSheetDeflatedByTheProgramReadsBack(constantMemory: Bool) throws {
        let folder = try TemporaryFolder.make("regioscan-zip")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/Groot.xlsx"
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<2_000).map { _ in
            String((0..<40).map { _ in Character(UnicodeScalar(UInt8.random(in: 0x21...0x7E, using: &generator))) })
        }
        let workbook = try XLSXWorkbook(path: path, properties: WorkbookFaultTests.properties, constantMemory: constantMemory)
        let sheet = try workbook.addWorksheet("Blad")
        let rows = 30_000
        for row in 0..<rows {
            try sheet.write("activiteit \(row) in de regio Zuid-Limburg", row: row, column: 0)
            try sheet.write(noise[row % noise.count], row: row, column: 1)
        }
        try workbook.close()
        let grid = try XLSXReader(path: path).grid("Blad")
        #expect(grid.count == rows)
        for row in [0, 1, 4_095, 17_001, rows - 1] {
            #expect(grid[row] == [.text("activiteit \(row) in de regio Zuid-Limburg"), .text(noise[row % noise.count])])
        }
    }

    /// (name, method, general-purpose flags) of every entry, from the end-of-central-directory record.
    static func centralDirectory(of bytes: [UInt8]) throws -> [(name: String, method: Int, flags: Int)] {
        func number(_ offset: Int, _ size: Int) -> Int {
            (0..<size).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        let end = try #require(stride(from: bytes.count - 22, through: 0, by: -1).first { number($0, 4) == 0x0605_4b50 })
        var offset = number(end + 16, 4)
        var entries: [(name: String, method: Int, flags: Int)] = []
        while offset + 46 <= bytes.count, number(offset, 4) == 0x0201_4b50 {
            let nameLength = number(offset + 28, 2), extra = number(offset + 30, 2), comment = number(offset + 32, 2)
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            entries.append((name, number(offset + 10, 2), number(offset + 8, 2)))
            offset += 46 + nameLength + extra + comment
        }
        return entries
    }

    /// The activity keeps its indices, line and flags in fewer bytes; what goes in comes out.
    @Test func aCompactActivityGivesBackWhatWasSet() {
        let source = SourceLocation(file: "Input/2023/utrecht.csv", line: 14, column: "bereik",
                                    sheet: SheetPlace(sheet: "Activiteiten", letters: ["bereik": "T"]))
        var activity = Activity(province: 11, initiative: 123_456, name: "Datalab", archetype: 3, source: source)
        #expect(activity.province == 11 && activity.initiative == 123_456 && activity.archetype == 3)
        #expect(activity.source == source)
        #expect(activity.reach == nil)
        activity.reach = 0
        #expect(activity.reach == 0, "nul is een bereik, geen onbekend")
        activity.reach = Int64.max
        #expect(activity.reach == Int64.max)
        activity.reach = nil
        #expect(activity.reach == nil)
        activity.source = SourceLocation(file: "a.csv")
        #expect(activity.source.line == nil && activity.source.sheet == nil && activity.source.column == nil)
        activity.isGoodPractice = true
        activity.reachIsApproximate = true
        #expect(activity.isGoodPractice && activity.reachIsApproximate && activity.reach == nil)
        let copy = activity
        activity.province = 2
        #expect(copy.province == 11 && activity.province == 2, "a copy does not change with the original")
    }

    /// An activity fits jemalloc's 224-byte size class, and the rows of one file share their file and sheet.
    @Test func activitiesOfAFileShareTheirOrigin() throws {
        #expect(Activity.boxSize <= 224, "\(Activity.boxSize) bytes")
        let text = FixtureCSV.semicolon(rows: [FixtureCSV.row("UT-001", "A", "A1"), FixtureCSV.row("UT-002", "B", "A2")])
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("utrecht.csv", text)
        let dataset = try #require(try input.load(strict: false).dataset)
        #expect(dataset.activities.count == 2)
        #expect(dataset.activities[0].sharesOrigin(with: dataset.activities[1]))
        #expect(dataset.activities.map(\.source.line) == [2, 3])
        #expect(dataset.activities.allSatisfy { $0.source.file.hasSuffix("utrecht.csv") && $0.source.sheet == nil })
        #expect(dataset.activities.map(\.sourceReference) == dataset.activities.map(\.source.reference))
        // Without a line, and from a sheet of a workbook: the same text as the location gives.
        for source in [SourceLocation(file: "a.csv"), SourceLocation(file: "z.xlsx", line: 9, column: "bereik",
                                                                       sheet: SheetPlace(sheet: "Activiteiten", letters: ["bereik": "T"]))] {
            let activity = Activity(province: 0, initiative: 0, name: "A", archetype: 0, source: source)
            #expect(activity.sourceReference == source.reference)
        }
    }

    /// Every provider in any role, sorted and once, as the set union gave it; a lone unsorted list is sorted too.
    @Test func allRolesAreTheSortedUnionOfTheRoles() {
        let cases: [Roles] = [
            Roles(), Roles(initiators: [2, 5]), Roles(financiers: [7]), Roles(executors: [1, 3, 9]),
            Roles(initiators: [5, 2, 2]), Roles(initiators: [1, 4], financiers: [4, 6], executors: [0, 6, 9]),
            Roles(initiators: [3], executors: [3]),
        ]
        for roles in cases {
            #expect(roles.all == Set(roles.initiators).union(roles.financiers).union(roles.executors).sorted(), "\(roles)")
        }
    }
}
