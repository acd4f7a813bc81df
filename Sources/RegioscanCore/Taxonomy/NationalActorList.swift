/// The providers that province reports mark as national actors (ministry, RVO, KvK, MKB-Nederland …): the
/// entries marked `landelijk: ja` in `Input/taxonomie/aanbieders.yaml`, the same list that gives figure 17 its
/// `Landelijk` class, so that one flag marks a party everywhere and needs no code.
public struct NationalActorList: Sendable, Equatable {
    /// Canonical provider names.
    public var names: Set<String>

    public init(names: Set<String> = []) {
        self.names = names
    }

    /// The national actors of the taxonomy's provider list; nobody when the list marks none.
    public init(providers: OpenVocabulary?) {
        self.init(names: Set(providers?.national ?? []))
    }

    public func contains(_ provider: String) -> Bool { names.contains(provider) }
}
