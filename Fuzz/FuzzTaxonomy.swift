import Foundation

/// One file of a copy of the shipped taxonomy replaced by the input (the first byte picks which), then the whole
/// taxonomy loaded as a run loads it.
enum FuzzTaxonomy {
    static let source = ProcessInfo.processInfo.environment["FUZZ_TAXONOMIE"] ?? "Input/taxonomie"
    static let folder: String = {
        let folder = NSTemporaryDirectory() + "regioscan-fuzz-taxonomie-\(getpid())"
        try? FileManager.default.removeItem(atPath: folder)
        try! FileManager.default.copyItem(atPath: source, toPath: folder)
        return folder
    }()
    static let files: [String] = {
        (try! FileManager.default.contentsOfDirectory(atPath: source)).filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    static func run(_ bytes: [UInt8]) {
        guard let choice = bytes.first else { return }
        let file = files[Int(choice) % files.count]
        let path = (folder as NSString).appendingPathComponent(file)
        let original = FileManager.default.contents(atPath: (source as NSString).appendingPathComponent(file))!
        FileManager.default.createFile(atPath: path, contents: Data(bytes.dropFirst()))
        defer { FileManager.default.createFile(atPath: path, contents: original) }
        var diagnostics = Diagnostics()
        if let taxonomy = TaxonomyLoader.load(folder: folder, diagnostics: &diagnostics) {
            for dimension in DimensionID.allCases { _ = taxonomy[dimension].match("Onbekende waarde") }
        }
        _ = diagnostics.sorted
    }
}
