/// A raw-value enum that hashes and compares by its case instead of by its raw text. For such an enum Swift's
/// default `Hashable` and `==` go through `rawValue`, so every dictionary lookup keyed by a dimension, vocabulary,
/// role or column hashed a `String`: several percent of a whole run. Raw values are unique per case, so equality
/// is the same either way.
public protocol CaseHashed: RawRepresentable, Hashable {}

extension CaseHashed {
    /// The case's place in declaration order: an enum without payloads is stored as exactly that number.
    /// (`unsafeBitCast` stops the program if the enum were ever larger than one byte.)
    public var casePosition: Int { Int(unsafeBitCast(self, to: UInt8.self)) }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.casePosition == rhs.casePosition }

    public func hash(into hasher: inout Hasher) { hasher.combine(casePosition) }
}
