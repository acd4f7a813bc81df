import Foundation

/// A new empty folder under the system's temporary folder; the caller removes it.
enum TemporaryFolder {
    static func make(_ prefix: String) throws -> String {
        let folder = NSTemporaryDirectory() + prefix + "-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}
