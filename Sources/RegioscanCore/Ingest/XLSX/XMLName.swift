/// An element's local name (without prefix) as libxml2 hands it over, compared without making a string.
struct XMLName {
    let bytes: UnsafePointer<UInt8>

    /// True when the name is exactly `name` (ASCII).
    func `is`(_ name: StaticString) -> Bool {
        let count = name.utf8CodeUnitCount
        let expected = name.utf8Start
        for index in 0..<count where bytes[index] != expected[index] { return false }
        return bytes[count] == 0
    }
}
