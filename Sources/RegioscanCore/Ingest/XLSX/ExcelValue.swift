import Foundation

/// Cell values turned into the text a user sees (and a CSV export would hold).
enum ExcelValue {
    /// `600` and `600.0` give `600`; other numbers keep up to 15 significant digits, as Excel shows them.
    static func number(_ raw: String) -> String {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        guard let value = Double(trimmed), value.isFinite else { return trimmed }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.15g", value)
        if text.contains("."), !text.contains("e") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// `1`/`0` of a boolean cell as `ja`/`nee`, the words of the input format.
    static func boolean(_ raw: String) -> String {
        raw.trimmingCharacters(in: .whitespaces) == "1" ? "ja" : "nee"
    }

    /// A date serial as `dd-mm-jjjj` (Dutch notation); the time of day is dropped.
    static func date(serial raw: String, date1904: Bool) -> String {
        guard let serial = Double(raw.trimmingCharacters(in: .whitespaces)), serial.isFinite,
              serial >= 0, serial < 2_958_466 else { return number(raw) }
        var days = Int(serial.rounded(.down))
        if date1904 {
            days += 1462
        } else if days == 60 {
            return "29-02-1900"  // Excel's 1900 leap day, which never existed
        } else if days < 60 {
            days += 1
        }
        // Day 0 is 30 December 1899; 25569 days later is 1 January 1970.
        let (year, month, day) = civil(daysSince1970: days - 25_569)
        return String(format: "%02d-%02d-%04d", day, month, year)
    }

    /// An ISO 8601 date cell (`t="d"`, `2023-03-14T00:00:00`) as `dd-mm-jjjj`.
    static func isoDate(_ raw: String) -> String {
        let parts = raw.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
              let day = Int(parts[2]) else { return raw }
        return String(format: "%02d-%02d-%04d", day, month, year)
    }

    /// Howard Hinnant's days-to-civil: no calendar or time zone involved, so the same everywhere.
    static func civil(daysSince1970 days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
