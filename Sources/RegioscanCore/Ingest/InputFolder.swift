import Foundation

/// The input layout: `<invoer>/<jaar>/*.csv`, `<invoer>/<jaar>/instellingen.yaml` and `<invoer>/taxonomie/`.
public struct InputFolder: Sendable {
    public static let taxonomyFolderName = "taxonomie"
    /// Larger files are refused: a delivery of a million activities is a few hundred megabytes.
    public static let maximumFileSize = 2_000_000_000

    public var root: String

    public init(root: String) {
        self.root = root
    }

    public var taxonomyFolder: String { join(root, Self.taxonomyFolderName) }

    public func yearFolder(_ year: Int) -> String { join(root, String(year)) }

    /// The scan years present: folders named with four digits, within `ScanYear.range`.
    public func years() -> [Int] {
        yearFolders().map(\.year).filter(ScanYear.contains)
    }

    /// Folders named with four digits that are no usable scan year (`0000`, `1969`), for a clear message.
    public func yearFoldersOutOfRange() -> [String] {
        yearFolders().filter { !ScanYear.contains($0.year) }.map { join(root, $0.name) }
    }

    private func yearFolders() -> [(name: String, year: Int)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.compactMap { name -> (name: String, year: Int)? in
            guard let year = ScanYear.number(folderName: name), isDirectory(join(root, name)) else { return nil }
            return (name, year)
        }.sorted { $0.year < $1.year }
    }

    /// Extensions of the files a year folder delivers: CSV, workbooks, and the spreadsheet formats that are
    /// refused with a message saying how to save them.
    public static let deliveryExtensions: Set<String> = ["csv", "xlsx", "xlsm", "xls", "ods"]

    /// The delivery files directly in a year folder (CSV and spreadsheets together), in name order;
    /// Excel and LibreOffice lock files are skipped.
    public func deliveryFiles(year: Int) -> (files: [String], skipped: [String]) {
        let folder = yearFolder(year)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { Self.deliveryExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .filter { !isDirectory(join(folder, $0)) }
            .sorted()
        let skipped = names.filter { $0.hasPrefix(".") || $0.hasPrefix("~$") }
        return (names.filter { !skipped.contains($0) }.map { join(folder, $0) }, skipped.map { join(folder, $0) })
    }

    /// True for a file read as CSV; every other delivery file goes through the workbook reader.
    public static func isCSV(_ path: String) -> Bool {
        (path as NSString).pathExtension.lowercased() == "csv"
    }

    private func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }

    /// Joins without doubling slashes, so that `Input/` and `Input` give the same messages.
    func join(_ folder: String, _ name: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }

    /// Reads a file's bytes, or reports why it cannot be read.
    static func readBytes(_ path: String, diagnostics: inout Diagnostics) -> [UInt8]? {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        if size > maximumFileSize {
            diagnostics.error(.file, at: SourceLocation(file: path), Messages.fileTooLarge(size, limit: maximumFileSize))
            return nil
        }
        guard let bytes = FileBytes.read(path) else {
            diagnostics.error(.file, at: SourceLocation(file: path), Messages.unreadable("geen toegang of geen bestand"))
            return nil
        }
        return bytes
    }
}
