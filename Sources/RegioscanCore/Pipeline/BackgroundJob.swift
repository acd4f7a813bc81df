import Foundation

/// Work that runs on its own thread while the run goes on (the province reports while the national report and
/// the workbooks are made); `result()` waits for it. The result does not depend on timing, so output stays the
/// same bytes.
final class BackgroundJob<Value: Sendable>: @unchecked Sendable {
    private var outcome: Result<Value, Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            outcome = Result { try work() }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for work that cannot fail and returns its value.
    func value() -> Value {
        done.wait()
        done.signal()
        guard case .success(let value) = outcome! else { preconditionFailure("value() of work that threw") }
        return value
    }

    /// Waits for the work and returns its value or throws its error; may be called again.
    func result() throws -> Value {
        done.wait()
        done.signal()
        return try outcome!.get()
    }
}
