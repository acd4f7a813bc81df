import Foundation

/// Replaces an output folder as a whole: files go into a temporary folder beside it, which is swapped in at
/// the end. An error or an interrupted run leaves the previous folder as it was.
public enum OutputWriter {
    /// Writes `files`, lets `more` write further files into the staging folder, then swaps the folder in.
    public static func replace(folder destination: String, with files: [OutputFile],
                               more: (String) throws -> Void = { _ in }) throws {
        let manager = FileManager.default
        let parent = (destination as NSString).deletingLastPathComponent
        let name = (destination as NSString).lastPathComponent
        let process = ProcessInfo.processInfo.processIdentifier
        let staging = (parent as NSString).appendingPathComponent(".\(name).nieuw-\(process)")
        let retired = (parent as NSString).appendingPathComponent(".\(name).oud-\(process)")
        do {
            try manager.createDirectory(atPath: parent.isEmpty ? "." : parent, withIntermediateDirectories: true)
            removeLeftovers(of: name, in: parent.isEmpty ? "." : parent)
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            for file in files {
                let path = (staging as NSString).appendingPathComponent(file.path)
                try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                            withIntermediateDirectories: true)
                try Data(file.bytes).write(to: URL(fileURLWithPath: path))
            }
            try more(staging)
        } catch let error as RegioscanError {
            try? manager.removeItem(atPath: staging)
            throw error
        } catch {
            try? manager.removeItem(atPath: staging)
            throw RegioscanError.io(path: destination, reason: "uitvoer kan niet worden geschreven (\(error.localizedDescription))")
        }
        let hadPrevious = manager.fileExists(atPath: destination)
        do {
            if hadPrevious { try manager.moveItem(atPath: destination, toPath: retired) }
            try manager.moveItem(atPath: staging, toPath: destination)
        } catch {
            if hadPrevious, !manager.fileExists(atPath: destination) { try? manager.moveItem(atPath: retired, toPath: destination) }
            try? manager.removeItem(atPath: staging)
            throw RegioscanError.io(path: destination, reason: "uitvoermap kan niet worden vervangen (\(error.localizedDescription))")
        }
        try? manager.removeItem(atPath: retired)
    }

    /// Temporary folders of runs that were interrupted.
    private static func removeLeftovers(of name: String, in parent: String) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        for entry in entries where entry.hasPrefix(".\(name).nieuw-") || entry.hasPrefix(".\(name).oud-") {
            try? FileManager.default.removeItem(atPath: (parent as NSString).appendingPathComponent(entry))
        }
    }
}
