/// The header of a table read back from an output, with the position of every column name (the first wins).
final class SnapshotColumns: Sendable {
    let names: [String]
    let position: [String: Int]

    init(names: [String]) {
        self.names = names
        var position: [String: Int] = [:]
        for (index, name) in names.enumerated() where position[name] == nil { position[name] = index }
        self.position = position
    }
}
