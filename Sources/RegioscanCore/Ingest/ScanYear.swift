/// A scan year, as a year folder's name and as the `--jaar` option.
public enum ScanYear {
    /// From 1970 (the workbooks' creation date counts from the Unix epoch) to the last year of four digits (a
    /// year folder's name has four). Outside it a year is refused with a message, never used in date arithmetic.
    public static let range = 1970...9999

    /// The number a folder name stands for when it is exactly four ASCII digits (`2023`, also `0000`); `+123`,
    /// `-001` and other scripts' digits are no year at all.
    public static func number(folderName name: String) -> Int? {
        guard name.utf8.count == 4, name.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(name)
    }

    public static func contains(_ year: Int) -> Bool { range.contains(year) }
}
