import Foundation

extension OutputFile {
    /// Writes files into a folder (the staging folder of `OutputWriter.replace`), creating subfolders. Plain
    /// POSIX writes through `TextFileWriter`: Foundation's `Data.write` syncs every file to disk, which for the
    /// ~200 files of the province reports costs more than making them; the staging folder is swapped in whole,
    /// so a crash before the swap leaves the previous output.
    static func write(_ files: [OutputFile], into folder: String) throws {
        try createParents(of: files.map(\.path), in: folder)
        for file in files {
            let writer = try TextFileWriter(path: (folder as NSString).appendingPathComponent(file.path))
            writer.write(bytes: file.bytes)
            try writer.close()
        }
    }

    /// Makes the folders that files at these paths (inside `folder`) go into, each once.
    static func createParents(of paths: [String], in folder: String) throws {
        var folders: Set<String> = []
        for path in paths {
            let parent = ((folder as NSString).appendingPathComponent(path) as NSString).deletingLastPathComponent
            if folders.insert(parent).inserted {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            }
        }
    }
}
