/// What happens to the initiatives of a follow-up sample year: stopped ids, renamed ids (old → new), the
/// continuing initiatives that serve as templates for new ones, and the numbers already used per id prefix.
struct SampleChurnPlan: Sendable {
    var stopped: Set<String>
    var renamed: [String: String]
    var templates: [String]
    var numbers: [String: (value: Int, width: Int)]
    var newCount: Int

    /// `UT-014` → prefix `UT`, number 14, width 3.
    static func parts(_ id: String) -> (prefix: String, number: Int, width: Int)? {
        guard let dash = id.lastIndex(of: "-"), let number = Int(id[id.index(after: dash)...]) else { return nil }
        return (String(id[..<dash]), number, id.distance(from: id.index(after: dash), to: id.endIndex))
    }

    static func highestNumbers(_ ids: [String]) -> [String: (value: Int, width: Int)] {
        var result: [String: (value: Int, width: Int)] = [:]
        for id in ids {
            guard let parts = parts(id) else { continue }
            let current = result[parts.prefix]?.value ?? 0
            result[parts.prefix] = (max(current, parts.number), parts.width)
        }
        return result
    }

    /// The next free id with the same prefix (`UT-034` after the highest `UT-033`).
    static func nextID(after id: String, numbers: inout [String: (value: Int, width: Int)]) -> String {
        let parts = parts(id) ?? (id, 0, 3)
        let next = (numbers[parts.prefix]?.value ?? 0) + 1
        let width = numbers[parts.prefix]?.width ?? parts.width
        numbers[parts.prefix] = (next, width)
        let digits = String(next)
        return parts.prefix + "-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
