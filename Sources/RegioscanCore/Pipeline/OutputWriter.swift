import CFileSwap
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces an output folder as a whole: files go into a temporary folder beside it, which is swapped in at
/// the end in one atomic step. An error or an interrupted run (even `kill -9`) leaves the previous folder or the
/// complete new one, never a mix. Runs on the same folder take turns through a lock beside it.
public enum OutputWriter {
    /// Exchanges two paths atomically; returns 0, or -1 with `errno` set.
    typealias Exchange = (String, String) -> Int32

    /// Writes `files`, lets `more` write further files into the staging folder, then swaps the folder in.
    /// When another run is writing the same folder, `waiting` hears so and this run waits for it.
    public static func replace(folder destination: String, with files: [OutputFile],
                               waiting: (String) -> Void = { _ in },
                               more: (String) throws -> Void = { _ in }) throws {
        try replace(folder: destination, with: files, waiting: waiting, exchange: { regioscan_exchange_paths($0, $1) }, more: more)
    }

    static func replace(folder destination: String, with files: [OutputFile], waiting: (String) -> Void,
                        exchange: Exchange, more: (String) throws -> Void) throws {
        let place = OutputPlace(destination)
        let process = ProcessInfo.processInfo.processIdentifier
        let staging = place.staging(process: process)
        do {
            try FileManager.default.createDirectory(atPath: place.parent, withIntermediateDirectories: true)
        } catch {
            throw RegioscanError.io(path: destination, reason: Messages.outputNotWritten(error.localizedDescription))
        }
        let lock = try OutputLock(place, waiting: waiting)
        defer { lock.release() }
        recoverInterruptedRun(place)
        try stage(files, in: staging, destination: destination, more: more)
        try swapIn(staging, place: place, retired: place.retired(process: process), exchange: exchange)
    }

    private static func stage(_ files: [OutputFile], in staging: String, destination: String,
                              more: (String) throws -> Void) throws {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            try OutputFile.write(files, into: staging)
            try more(staging)
        } catch let error as RegioscanError {
            try? manager.removeItem(atPath: staging)
            throw error
        } catch {
            try? manager.removeItem(atPath: staging)
            throw RegioscanError.io(path: destination, reason: Messages.outputNotWritten(error.localizedDescription))
        }
    }

    /// Puts the complete staging folder in the destination's place. With a previous folder the two are exchanged
    /// in one step (`renameat2(RENAME_EXCHANGE)` on Linux, `renamex_np(RENAME_SWAP)` on macOS); without one a
    /// plain `rename` is atomic too. Only where the file system cannot exchange does the swap take two renames;
    /// a run killed between them leaves `.<jaar>.oud-<pid>`, which the next run puts back.
    static func swapIn(_ staging: String, place: OutputPlace, retired: String, exchange: Exchange) throws {
        let manager = FileManager.default
        let destination = place.destination
        func failure(_ code: Int32) -> RegioscanError {
            try? manager.removeItem(atPath: staging)
            return RegioscanError.io(path: destination, reason: Messages.outputNotSwapped(String(cString: strerror(code))))
        }
        guard exists(destination) else {
            guard rename(staging, destination) == 0 else { throw failure(errno) }
            return
        }
        if exchange(staging, destination) == 0 {
            // The staging name now holds the previous output.
            try? manager.removeItem(atPath: staging)
            return
        }
        let code = errno
        guard [ENOSYS, EINVAL, ENOTSUP, EOPNOTSUPP].contains(code) else { throw failure(code) }
        guard rename(destination, retired) == 0 else { throw failure(errno) }
        guard rename(staging, destination) == 0 else {
            let code = errno
            _ = rename(retired, destination)
            throw failure(code)
        }
        try? manager.removeItem(atPath: retired)
    }

    /// Cleans up after a run that was killed. Only runs that are over leave folders here: this run holds the lock,
    /// so no living run owns them. A previous output that a killed run had moved aside comes back first.
    static func recoverInterruptedRun(_ place: OutputPlace) {
        var retired = place.leftovers(prefix: place.retiredPrefix)
        if !exists(place.destination), let newest = newestFirst(retired).first, rename(newest, place.destination) == 0 {
            retired.removeAll { $0 == newest }
        }
        for leftover in retired + place.leftovers(prefix: place.stagingPrefix) {
            try? FileManager.default.removeItem(atPath: leftover)
        }
    }

    private static func newestFirst(_ paths: [String]) -> [String] {
        func modified(_ path: String) -> Date {
            (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast
        }
        return paths.sorted { (modified($0), $0) > (modified($1), $1) }
    }

    /// Whether anything has this name, without following a symbolic link.
    private static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }
}
