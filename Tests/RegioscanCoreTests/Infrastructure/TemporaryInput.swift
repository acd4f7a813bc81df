import Foundation
import Testing
@testable import RegioscanCore

/// A throw-away input folder for one test: the project's taxonomy plus the CSV files and settings the test
/// writes. Each test gets its own folder, so tests can run in parallel.
struct TemporaryInput {
    let root: String
    let year: Int

    init(year: Int = 2023, taxonomy: Bool = true) throws {
        root = NSTemporaryDirectory() + "regioscan-test-" + UUID().uuidString
        self.year = year
        try FileManager.default.createDirectory(atPath: yearFolder, withIntermediateDirectories: true)
        if taxonomy {
            try FileManager.default.copyItem(atPath: ProjectPaths.taxonomy, toPath: root + "/taxonomie")
        }
    }

    var yearFolder: String { root + "/\(year)" }

    /// Writes a CSV (or any) file in the year folder, as UTF-8 unless bytes are given.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let path = yearFolder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func writeTaxonomy(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/taxonomie/" + name))
    }

    func load(strict: Bool = false) throws -> LoadResult {
        try DatasetLoader.load(input: root, year: year, strict: strict)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}

/// Paths inside the project, found from this file's location so that tests run from any working directory.
enum ProjectPaths {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var input: String { root + "/Input" }
    static var taxonomy: String { root + "/Input/taxonomie" }
    /// The canonical templates (the root `Templates` is a symbolic link to them, which copies would not follow).
    static var templates: String { root + "/Sources/RegioscanCore/Resources/Templates" }
    static var fixtures: String {
        Bundle.module.resourcePath! + "/Fixtures"
    }

    /// The shipped taxonomy, loaded.
    static func shippedTaxonomy() throws -> Taxonomy {
        var diagnostics = Diagnostics()
        return try #require(TaxonomyLoader.load(folder: taxonomy, diagnostics: &diagnostics))
    }
}
