/// An initiative: one `initiatief_id`, nationally unique within a year, scanned in one or more provinces.
public struct Initiative: Sendable, Hashable {
    public var id: String
    public var name: String
    public var website: String

    public init(id: String, name: String, website: String = "") {
        self.id = id
        self.name = name
        self.website = website
    }
}
