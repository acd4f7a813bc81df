import Foundation
@testable import RegioscanCore

/// Runs the whole report pipeline on an input folder into a temporary output folder, and reads files back.
struct ReportRun {
    let input: TemporaryInput
    let output: String
    let outcome: ReportOutcome

    static func run(_ input: TemporaryInput) throws -> ReportRun {
        let output = NSTemporaryDirectory() + "regioscan-output-" + UUID().uuidString
        let outcome = try ReportPipeline.run(ReportOptions(input: input.root, output: output, year: input.year,
                                                           templates: ProjectPaths.templates))
        return ReportRun(input: input, output: output, outcome: outcome)
    }

    /// The golden fixture, copied beside the project's taxonomy.
    static func golden() throws -> ReportRun {
        try copied(from: ProjectPaths.fixtures + "/golden/2023")
    }

    /// A copy of the shipped 2023 sample (contact persons and e-mail addresses included in its input).
    static func sample() throws -> ReportRun {
        try copied(from: ProjectPaths.input + "/2023")
    }

    /// The files of a year folder copied beside the project's taxonomy, then run.
    static func copied(from folder: String) throws -> ReportRun {
        let input = try TemporaryInput()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            try input.write(name, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))))
        }
        return try run(input)
    }

    var folder: String { outcome.folder }

    func text(_ path: String) throws -> String {
        try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
    }

    func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path)))
    }

    /// Every file under the output folder, relative paths, sorted.
    func allFiles() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files.append(path) }
        }
        return files.sorted()
    }

    func remove() {
        input.remove()
        try? FileManager.default.removeItem(atPath: output)
    }
}

/// Reads a contract table back as rows.
enum TableCSV {
    struct Row: Hashable {
        var province: String
        var series: String
        var category: String
        var value: Double
    }

    static func parse(_ text: String) -> (header: String, rows: [Row]) {
        var diagnostics = Diagnostics()
        let table = CSVReader.read(DecodedText(bytes: Array(text.utf8)), file: "t.csv", diagnostics: &diagnostics)!
        let rows = table.rows.map { Row(province: $0[0], series: $0[1], category: $0[2], value: Double($0[3])!) }
        return (table.header.cells.joined(separator: ","), rows)
    }
}
