/// The attributes of a start tag as libxml2's SAX2 passes them: five pointers per attribute
/// (local name, prefix, URI, value start, value end).
struct XMLAttributes {
    let base: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    let count: Int

    /// The value of the attribute with this local name (any prefix: `r:id` is `id`).
    func value(_ name: StaticString) -> String? {
        guard let base else { return nil }
        for index in 0..<count {
            let entry = base + index * 5
            guard let local = entry[0], XMLName(bytes: local).is(name),
                  let start = entry[3], let end = entry[4] else { continue }
            return String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
        }
        return nil
    }
}

extension XMLAttributes {
    /// All attributes by local name, for the few small parts where speed does not matter.
    var all: [String: String] {
        guard let base else { return [:] }
        var result: [String: String] = [:]
        for index in 0..<count {
            let entry = base + index * 5
            guard let local = entry[0], let start = entry[3], let end = entry[4] else { continue }
            result[String(cString: local)] = String(decoding: UnsafeBufferPointer(start: start, count: end - start),
                                                    as: UTF8.self)
        }
        return result
    }
}

extension XMLAttributes {
    /// The raw bytes of an attribute's value, valid during the callback only.
    func bytes(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let base else { return nil }
        for index in 0..<count {
            let entry = base + index * 5
            guard let local = entry[0], XMLName(bytes: local).is(name), let start = entry[3], let end = entry[4]
            else { continue }
            return UnsafeBufferPointer(start: start, count: end - start)
        }
        return nil
    }
}
