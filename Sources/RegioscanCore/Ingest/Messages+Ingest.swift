extension Messages {
    static let nulByte = "bevat een NUL-byte (geen tekstbestand?); sla het bestand op als CSV"
    static let emptyFile = "bestand is leeg: een kopregel met kolomnamen wordt verwacht"
    static let headerOnly = "bestand heeft een kopregel maar geen rijen"
    static let unterminatedQuote =
        "aanhalingsteken (\") wordt niet gesloten: de cel die hier begint loopt door tot het einde van het bestand"

    static func tooManyCells(_ count: Int, _ width: Int, column: Int) -> String {
        "rij heeft \(count) cellen maar de kopregel \(width) kolommen (gevulde cel in kolom \(column) zonder kolomnaam)"
    }

    static func windows1252(_ encoding: TextEncoding) -> String {
        "bestand is geen geldige UTF-8 en is gelezen als \(encoding.dutchName); sla het bij voorkeur op als \"CSV UTF-8\""
    }

    static func unreadable(_ reason: String) -> String {
        "bestand kan niet worden gelezen: \(reason)"
    }

    static func fileTooLarge(_ bytes: Int, limit: Int) -> String {
        "bestand is te groot (\(bytes / 1_000_000) MB; de grens is \(limit / 1_000_000) MB)"
    }
}
