/// `ja`/`nee`, `j`/`n`, `x`/empty, `1`/`0`, `true`/`false`, `yes`/`no`, in any case.
public enum BooleanParser {
    private static let trueWords: Set<String> = ["ja", "j", "x", "1", "true", "yes"]
    private static let falseWords: Set<String> = ["nee", "n", "", "0", "false", "no"]

    public static func parse(_ text: String) -> Bool? {
        let word = text.trimmed.lowercased()
        if trueWords.contains(word) { return true }
        if falseWords.contains(word) { return false }
        return nil
    }
}
