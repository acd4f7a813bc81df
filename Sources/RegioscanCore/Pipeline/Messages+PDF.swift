extension Messages {
    static let pdfBrowserMissing = "Geen rapport.pdf: Chromium is niet gevonden. Installeer het met "
        + "\"sudo apt-get install chromium\" en draai daarna opnieuw met --pdf (of \"make pdf\"). "
        + "Het rapport zelf is wel geschreven."
    static let pdfTimeout = "Chromium reageerde niet binnen de tijd"
    static func pdfWritten(_ path: String) -> String { "PDF geschreven: \(path)" }
    static func pdfNotWritten(_ status: Int32) -> String { "Chromium stopte (code \(status)) zonder PDF" }
    static func pdfFailed(_ reason: String) -> String {
        "Geen rapport.pdf: \(reason). Het rapport zelf is wel geschreven; open rapport.html en druk af als PDF."
    }
}
