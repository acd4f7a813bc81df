import Foundation

/// The names around one output folder (`Output/2023`): its parent, the lock file beside it and the temporary
/// folders of a run, which carry the process id so that each run has its own.
struct OutputPlace {
    let destination: String
    let parent: String
    let name: String

    init(_ destination: String) {
        self.destination = destination
        let parent = (destination as NSString).deletingLastPathComponent
        self.parent = parent.isEmpty ? "." : parent
        name = (destination as NSString).lastPathComponent
    }

    var lockFile: String { sibling(".\(name).lock") }
    var stagingPrefix: String { ".\(name).nieuw-" }
    var retiredPrefix: String { ".\(name).oud-" }

    func staging(process: Int32) -> String { sibling(stagingPrefix + String(process)) }
    func retired(process: Int32) -> String { sibling(retiredPrefix + String(process)) }

    func sibling(_ entry: String) -> String {
        (parent as NSString).appendingPathComponent(entry)
    }

    /// Temporary folders left beside the destination, as full paths, sorted.
    func leftovers(prefix: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        return entries.filter { $0.hasPrefix(prefix) }.sorted().map(sibling)
    }
}
