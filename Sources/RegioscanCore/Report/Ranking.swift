/// Named values ordered by value, with equal values kept together as one place. The report's "largest",
/// "fewest" and top-N sentences read from it, so that a tie is never broken by list order: tied entries share a
/// place, and a cut-off that falls inside a tie takes in the whole tie.
struct Ranking: Equatable {
    struct Entry: Equatable {
        var name: String
        var value: Double
        /// The value as the sentence prints it ("3", "26,3%").
        var text: String
    }

    /// Places, best first; each place holds the entries with that value, in input order.
    let places: [[Entry]]

    /// `ascending` ranks the smallest value first (the "fewest" sentences).
    init(_ entries: [Entry], ascending: Bool = false) {
        let ordered = entries.enumerated().sorted { lhs, rhs in
            if lhs.element.value != rhs.element.value {
                return ascending ? lhs.element.value < rhs.element.value : lhs.element.value > rhs.element.value
            }
            return lhs.offset < rhs.offset
        }.map(\.element)
        var places: [[Entry]] = []
        for entry in ordered {
            if let last = places.last?.last, last.value == entry.value {
                places[places.count - 1].append(entry)
            } else {
                places.append([entry])
            }
        }
        self.places = places
    }

    /// The first places that hold at least `count` entries: every entry tied with the `count`-th is included.
    func top(_ count: Int) -> [[Entry]] {
        var taken: [[Entry]] = []
        var size = 0
        for place in places where size < count {
            taken.append(place)
            size += place.count
        }
        return taken
    }

    /// The entries of the first place (all of them when several tie).
    var first: [Entry] { places.first ?? [] }

    /// Competition ranking: 1 + the number of entries ranked above; tied entries share it (1, 2, 2, 4).
    func rank(of name: String) -> (rank: Int, shared: Bool)? {
        var above = 0
        for place in places {
            if place.contains(where: { $0.name == name }) { return (above + 1, place.count > 1) }
            above += place.count
        }
        return nil
    }
}
