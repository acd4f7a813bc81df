import Foundation

/// The header row of an Excel table. Excel refuses (and "repairs") a table whose headers are empty or equal when
/// compared without regard to case, so such headers are numbered: `Telefoon`, `Telefoon (2)`.
enum ExcelTableHeaders {
    static func unique(_ headers: [String]) -> [String] {
        let bases = headers.enumerated().map { $0.element.isEmpty ? "Kolom \($0.offset + 1)" : $0.element }
        // Every header as given is taken, so that a numbered one never equals a later header either.
        var taken = Set(bases.map(key))
        var used = Set<String>()
        return bases.map { base in
            if used.insert(key(base)).inserted { return base }
            var number = 2
            while taken.contains(key("\(base) (\(number))")) { number += 1 }
            let numbered = "\(base) (\(number))"
            taken.insert(key(numbered))
            used.insert(key(numbered))
            return numbered
        }
    }

    /// Excel compares table headers case-insensitively in every script (`É` = `é`); full-width forms are folded
    /// too, to be safe.
    static func key(_ header: String) -> String {
        header.folding(options: [.caseInsensitive, .widthInsensitive], locale: nil)
    }
}
