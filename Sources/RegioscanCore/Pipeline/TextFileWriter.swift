import Foundation

/// Writes a large text file piece by piece through a buffer, so that a file of hundreds of megabytes (the activity
/// data at 10⁶ activities) is never held whole in memory, nor copied once more into bytes.
final class TextFileWriter {
    private static let bufferSize = 1 << 20
    let path: String
    private let handle: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []
    /// The system's reason for the first write that failed (a full disk), reported by `close()`.
    private var failure: String?
    private var isOpen = true

    init(path: String) throws {
        guard let handle = fopen(path, "wb") else { throw Self.error(path, reason: Self.systemReason()) }
        self.path = path
        self.handle = handle
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit {
        if isOpen { fclose(handle) }
    }

    func write(_ text: String) {
        guard text.utf8.count < Self.bufferSize else {
            // A large piece goes out as it is, not through (and into) the buffer.
            flush()
            var text = text
            text.withUTF8 { put(UnsafeRawBufferPointer($0)) }
            return
        }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferSize { flush() }
    }

    /// Bytes made elsewhere (an `OutputFile`), written as they are.
    func write(bytes: [UInt8]) {
        flush()
        bytes.withUnsafeBytes { put($0) }
    }

    /// Writes what is buffered and closes the file; throws with the system's reason when any write failed.
    func close() throws {
        flush()
        if fflush(handle) != 0, failure == nil { failure = Self.systemReason() }
        if fclose(handle) != 0, failure == nil { failure = Self.systemReason() }
        isOpen = false
        if let failure { throw Self.error(path, reason: failure) }
    }

    private func flush() {
        buffer.withUnsafeBytes { put($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func put(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty, failure == nil else { return }
        if fwrite(bytes.baseAddress, 1, bytes.count, handle) != bytes.count { failure = Self.systemReason() }
    }

    private static func systemReason() -> String { String(cString: strerror(errno)) }

    private static func error(_ path: String, reason: String) -> RegioscanError {
        .io(path: path, reason: Messages.outputNotWritten(reason))
    }

    /// Writes a whole text to `path` without copying it into a byte array first.
    static func write(_ text: String, to path: String) throws {
        let writer = try TextFileWriter(path: path)
        writer.write(text)
        try writer.close()
    }
}
