import Foundation

/// A text that equals another only with the same bytes. Swift's `==` holds a composed "é" equal to "e" with a
/// combining accent; a row that shares another row's string must keep its own bytes in every output.
struct ExactText: Hashable {
    let text: String

    /// Compared with `memcmp` where both texts are stored as UTF-8 (always, for texts read from a file): the
    /// generic element-by-element comparison was a third of sharing the texts of 10⁶ rows.
    static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        let left = lhs.text.utf8, right = rhs.text.utf8
        guard left.count == right.count else { return false }
        let same: Bool?? = left.withContiguousStorageIfAvailable { left in
            right.withContiguousStorageIfAvailable { right in
                left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
            }
        }
        if let same = same ?? nil { return same }
        return left.elementsEqual(right)
    }

    func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil {
            for byte in text.utf8 { hasher.combine(byte) }
        }
    }
}
