/// `Input/<jaar>/hernoemingen.yaml`: initiatives of the previous scan that continue under a new id (old id →
/// new id), or that are no rename at all (old id → `~`), confirming or overriding the likely renames.
public struct RenameList: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var previous: String
        /// Nil: the old initiative is not renamed (it stopped), whatever the names suggest.
        public var current: String?
        public var line: Int?
    }

    public var file: String
    public var entries: [Entry]
}
