import Foundation

/// A whole file as bytes, read straight into the array. `FileManager.contents` gives `Data`, which becomes an array
/// only by a copy: twice the file in memory for a moment (per delivery file, and per side when a rerun reads back
/// two outputs).
enum FileBytes {
    /// Nil for a missing or unreadable file and for anything that is no regular file (a folder).
    static func read(_ path: String) -> [UInt8]? {
        guard let handle = fopen(path, "rb") else { return nil }
        defer { fclose(handle) }
        var status = stat()
        guard fstat(fileno(handle), &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(status.st_size)
        var complete = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = size == 0 ? 0 : fread(buffer.baseAddress, 1, size, handle)
            // A file cut short while it was read is no whole file.
            complete = count == size
        }
        return complete ? bytes : nil
    }
}
