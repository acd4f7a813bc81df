extension Messages {
    static func waitingForOtherRun(_ folder: String) -> String {
        "Een andere run schrijft al naar \(folder); deze run wacht tot die klaar is."
    }
    static func lockFailed(_ reason: String) -> String {
        "uitvoermap kan niet worden vergrendeld (\(reason))"
    }
    static func outputNotWritten(_ reason: String) -> String {
        "uitvoer kan niet worden geschreven (\(reason))"
    }
    static func outputNotSwapped(_ reason: String) -> String {
        "uitvoermap kan niet worden vervangen (\(reason))"
    }
    public static let defaultTemplatesMissing = "de meegeleverde sjablonen ontbreken naast het programma (map "
        + "Regioscan_RegioscanCore.resources); zet die map terug naast regioscan of geef --sjablonen op"
    static func templateCopyExists(_ path: String) -> String {
        "\(path) bestaat al; kies een lege of nieuwe map, zodat geen aangepast sjabloon wordt overschreven"
    }
}
