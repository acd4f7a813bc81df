import Foundation

/// Heading anchors, unique within a document (`-2`, `-3` for repeats), in our own style or GitHub's.
struct SlugRegistry {
    enum Style {
        case plain
        /// GitHub's: lower case, punctuation dropped, each space a hyphen (`3.1 Activiteiten` → `31-activiteiten`).
        case github
    }

    let style: Style
    private var used: [String: Int] = [:]

    init(style: Style) {
        self.style = style
    }

    mutating func slug(for text: String) -> String {
        let base = style == .github ? Self.github(text) : text.anchorSlug
        let count = used[base, default: 0]
        used[base] = count + 1
        return count == 0 ? base : "\(base)-\(count)"
    }

    private static func github(_ text: String) -> String {
        let unescaped = text.replacingOccurrences(of: "\\", with: "")
        var slug = ""
        for character in unescaped.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(character)
            } else if character == " " {
                slug.append("-")
            }
        }
        return slug
    }
}
