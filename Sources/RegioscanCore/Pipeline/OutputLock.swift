import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on one output folder, held by the run that writes it: `flock` on `.<jaar>.lock` beside the
/// folder. The kernel drops the lock when the process ends, also after `kill -9`, so a lock never outlives its run.
/// The lock file itself stays: removing it could let two runs each lock a different file of the same name.
final class OutputLock {
    private var descriptor: Int32

    /// Takes the lock; when another run holds it, says so through `waiting` and waits until that run is done.
    init(_ place: OutputPlace, waiting: (String) -> Void) throws {
        let path = place.lockFile
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw RegioscanError.io(path: path, reason: Messages.lockFailed(String(cString: strerror(errno))))
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return }
        guard errno == EWOULDBLOCK else { throw failure(path) }
        waiting(Messages.waitingForOtherRun(place.destination))
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw failure(path) }
        }
    }

    private func failure(_ path: String) -> RegioscanError {
        let reason = String(cString: strerror(errno))
        release()
        return RegioscanError.io(path: path, reason: Messages.lockFailed(reason))
    }

    /// Closing the file releases the lock.
    func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
