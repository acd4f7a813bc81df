import Foundation

/// Writes a large text file piece by piece through a buffer, so that a file of hundreds of megabytes (the activity
/// data at 10⁶ activities) is never held whole in memory, nor copied once more into bytes.
final class TextFileWriter {
    private static let bufferSize = 1 << 20
    let path: String
    private let handle: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []
    private var failed = false

    init(path: String) throws {
        guard let handle = fopen(path, "wb") else { throw RegioscanError.io(path: path, reason: "bestand kan niet worden geschreven") }
        self.path = path
        self.handle = handle
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit { fclose(handle) }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferSize { flush() }
    }

    /// Writes what is buffered and closes the file; throws when any write failed.
    func close() throws {
        flush()
        guard !failed, fflush(handle) == 0 else { throw RegioscanError.io(path: path, reason: "bestand kan niet worden geschreven") }
    }

    private func flush() {
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
        if written != buffer.count { failed = true }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes a whole text to `path` without copying it into a byte array first.
    static func write(_ text: String, to path: String) throws {
        let writer = try TextFileWriter(path: path)
        var text = text
        text.withUTF8 { bytes in
            let written = fwrite(bytes.baseAddress, 1, bytes.count, writer.handle)
            if written != bytes.count { writer.failed = true }
        }
        try writer.close()
    }
}
