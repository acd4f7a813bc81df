import CZipLevel
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
    /// The file's bytes and where each entry's data lies in them (central directory order), for inflating
    /// compressed parts within their own bytes (`ZipDataRanges`).
    private let bytes: [UInt8]
    private let ranges: [ZipDataRanges.Range]?
    private let limits: WorkbookReadLimits
    private var totalRead = 0
    private var temporaryFile: String?

    /// Opens the workbook file itself. ZIPFoundation's in-memory mode traps on a central directory that points
    /// past the end of the data, so the archive is always read from a file; bytes without a file (tests, the
    /// fuzzer) go through a temporary one.
    init(path: String?, bytes: [UInt8], limits: WorkbookReadLimits) throws(Failure) {
        self.limits = limits
        self.bytes = bytes
        ranges = ZipDataRanges.ranges(bytes)
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
        let take: (Data) throws -> Void = { chunk in
            partRead += chunk.count
            self.totalRead += chunk.count
            if partRead > partLimit { overflow = .tooLarge(part: path, limit: partLimit) }
            if self.totalRead > totalLimit { overflow = .tooLarge(part: path, limit: totalLimit) }
            if overflow != nil { throw CancellationError() }
            chunk.withUnsafeBytes(consumer)
        }
        do {
            if entry.isCompressed {
                try inflate(entry, path, take)
            } else {
                _ = try archive.extract(entry, bufferSize: 1 << 16, consumer: take)
            }
        } catch {
            if let overflow { throw overflow }
            if let failure = error as? Failure { throw failure }
            throw .damaged("\(path): \(error)")
        }
    }

    /// A compressed part inflated from its own bytes only (ISA-L, `zip_inflate.c`). ZIPFoundation reads on past
    /// the entry to the end of the file, asks again forever when the deflate stream has not ended there (a damaged
    /// or crafted file hung the reader), and hands zlib a whole buffer's length even for a shorter last piece
    /// (reading past it). Both found by `make fuzz`. Here the data ends where the entry ends, and a stream that
    /// needs more is damaged.
    private func inflate(_ entry: Entry, _ path: String, _ take: (Data) throws -> Void) throws {
        guard let ranges, let index = archive.enumerated().first(where: { $0.element == entry })?.offset,
              index < ranges.count, ranges[index].compressed, ranges[index].start <= bytes.count else {
            throw Failure.damaged("\(path): de inhoudsopgave van het zip-bestand klopt niet")
        }
        let range = ranges[index]
        let end = min(bytes.count, range.start + range.count)
        final class Sink {
            let take: (Data) throws -> Void
            var error: Error?
            init(_ take: @escaping (Data) throws -> Void) { self.take = take }
        }
        var crc: UInt32 = 0
        let result: Int32 = try withoutActuallyEscaping(take) { take in
            let sink = Sink(take)
            let output = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 16)
            defer { output.deallocate() }
            let result = bytes.withUnsafeBufferPointer { bytes in
                regioscan_inflate(bytes.baseAddress! + range.start, end - range.start, output, 1 << 16, { context, piece, count in
                    let sink = Unmanaged<Sink>.fromOpaque(context!).takeUnretainedValue()
                    do {
                        try sink.take(Data(bytes: piece!, count: count))
                        return 0
                    } catch {
                        sink.error = error
                        return 2
                    }
                }, Unmanaged.passUnretained(sink).toOpaque(), &crc)
            }
            if let error = sink.error { throw error }
            return result
        }
        switch result {
        case 0: break
        case 1: throw Failure.damaged("\(path): de gecomprimeerde gegevens houden te vroeg op")
        default: throw Failure.damaged("\(path): de gecomprimeerde gegevens zijn beschadigd")
        }
        guard crc == entry.checksum else { throw Failure.damaged("\(path): de controlesom klopt niet") }
    }

    /// A whole (small) part in memory.
    func bytes(_ path: String) throws(Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        try stream(path) { bytes.append(contentsOf: $0) }
        return bytes
    }
}
