import Foundation
#if canImport(ZIPFoundation)
import ZIPFoundation
#endif

/// The zip container of a workbook (ZIPFoundation), read part by part with the sizes counted while inflating.
final class WorkbookArchive {
    enum Failure: Error, Equatable {
        case notAZip
        case missingPart(String)
        case tooLarge(part: String, limit: Int)
        case damaged(String)
    }

    private let archive: Archive
    private let limits: WorkbookReadLimits
    private var totalRead = 0
    private var temporaryFile: String?

    /// Opens the workbook file itself. ZIPFoundation's in-memory mode traps on a central directory that points
    /// past the end of the data, so the archive is always read from a file; bytes without a file (tests, the
    /// fuzzer) go through a temporary one.
    init(path: String?, bytes: [UInt8], limits: WorkbookReadLimits) throws(Failure) {
        self.limits = limits
        var file = path
        if file == nil {
            let temporary = NSTemporaryDirectory() + "regioscan-" + UUID().uuidString + ".xlsx"
            guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
                throw .damaged("tijdelijk bestand kan niet worden geschreven")
            }
            temporaryFile = temporary
            file = temporary
        }
        do {
            archive = try Archive(url: URL(fileURLWithPath: file!), accessMode: .read, pathEncoding: nil)
        } catch {
            if let temporaryFile { try? FileManager.default.removeItem(atPath: temporaryFile) }
            throw .notAZip
        }
    }

    deinit {
        if let temporaryFile { try? FileManager.default.removeItem(atPath: temporaryFile) }
    }

    func contains(_ path: String) -> Bool { entry(path) != nil }

    /// Part names are case-insensitive in OOXML; a leading `/` is not part of the zip path.
    private func entry(_ path: String) -> Entry? {
        let name = path.hasPrefix("/") ? String(path.dropFirst()) : path
        if let exact = archive[name] { return exact }
        return archive.first { $0.path.lowercased() == name.lowercased() }
    }

    /// Hands the part's bytes to `consumer` chunk by chunk, stopping at the size limits whatever the header says.
    func stream(_ path: String, _ consumer: (UnsafeRawBufferPointer) -> Void) throws(Failure) {
        guard let entry = entry(path), entry.type == .file else { throw .missingPart(path) }
        let partLimit = limits.maximumPartSize
        let totalLimit = limits.maximumTotalSize
        if entry.uncompressedSize > UInt64(partLimit) { throw .tooLarge(part: path, limit: partLimit) }
        var partRead = 0
        var overflow: Failure?
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 16) { chunk in
                partRead += chunk.count
                totalRead += chunk.count
                if partRead > partLimit { overflow = .tooLarge(part: path, limit: partLimit) }
                if totalRead > totalLimit { overflow = .tooLarge(part: path, limit: totalLimit) }
                if overflow != nil { throw CancellationError() }
                chunk.withUnsafeBytes(consumer)
            }
        } catch {
            if let overflow { throw overflow }
            throw .damaged("\(path): \(error)")
        }
    }

    /// A whole (small) part in memory.
    func bytes(_ path: String) throws(Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        try stream(path) { bytes.append(contentsOf: $0) }
        return bytes
    }
}
