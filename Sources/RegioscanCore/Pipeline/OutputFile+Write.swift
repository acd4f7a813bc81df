import Foundation

extension OutputFile {
    /// Writes files into a folder (the staging folder of `OutputWriter.replace`), creating subfolders. Plain
    /// POSIX writes: Foundation's `Data.write` syncs every file to disk, which for the ~200 files of the province
    /// reports costs more than making them; the staging folder is swapped in whole, so a crash before the swap
    /// leaves the previous output.
    static func write(_ files: [OutputFile], into folder: String) throws {
        var folders: Set<String> = []
        for file in files {
            let path = (folder as NSString).appendingPathComponent(file.path)
            let parent = (path as NSString).deletingLastPathComponent
            if folders.insert(parent).inserted {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            }
            guard let handle = fopen(path, "wb") else {
                throw RegioscanError.io(path: path, reason: "bestand kan niet worden geschreven")
            }
            let written = file.bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
            let closed = fclose(handle)
            guard written == file.bytes.count, closed == 0 else {
                throw RegioscanError.io(path: path, reason: "bestand kan niet worden geschreven")
            }
        }
    }
}
