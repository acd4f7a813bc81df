/// A run that cannot go on. Input problems travel as `Diagnostics`; this is for the rest.
public enum RegioscanError: Error, Sendable, CustomStringConvertible {
    /// The input has errors; they are all in the diagnostics.
    case invalidInput(Diagnostics)
    /// A file or folder could not be read or written.
    case io(path: String, reason: String)
    /// A wrong option value or a missing folder.
    case usage(String)

    public var description: String {
        switch self {
        case .invalidInput(let diagnostics):
            let count = diagnostics.errors.count
            return count == 1 ? "1 fout in de invoer" : "\(count) fouten in de invoer"
        case .io(let path, let reason):
            return "\(path): \(reason)"
        case .usage(let message):
            return message
        }
    }
}
