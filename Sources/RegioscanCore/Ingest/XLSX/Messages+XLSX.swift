extension Messages {
    static let legacyExcel = "is een oud Excel-bestand (.xls) en wordt niet gelezen: open het in Excel of LibreOffice "
        + "en kies Opslaan als → \"Excel-werkmap (.xlsx)\" of \"CSV UTF-8\", en haal het .xls-bestand uit de map"
    static let openDocument = "is een OpenDocument-rekenblad (.ods) en wordt niet gelezen: kies in LibreOffice Bestand → "
        + "Opslaan als → \"Excel 2007-365 (.xlsx)\" of \"Tekst CSV\", en haal het .ods-bestand uit de map"
    static let encryptedWorkbook = "is met een wachtwoord beveiligd en kan niet worden gelezen: open het in Excel, kies "
        + "Bestand → Info → Werkmap beveiligen → Versleutelen met wachtwoord, maak het wachtwoord leeg en sla het "
        + "opnieuw op als .xlsx (of als \"CSV UTF-8\")"
    static let notAWorkbook = "is geen geldig Excel-werkboek (.xlsx): open het in Excel of LibreOffice en sla het "
        + "opnieuw op als \"Excel-werkmap (.xlsx)\" of \"CSV UTF-8\""
    static let workbookWithoutSheet = "werkboek heeft geen zichtbaar werkblad met gegevens"

    static func workbookPartMissing(_ part: String) -> String {
        "werkboek is onvolledig (onderdeel \(part) ontbreekt): sla het opnieuw op als .xlsx"
    }

    static func workbookPartTooLarge(_ part: String, limit: Int) -> String {
        "werkboek is uitgepakt te groot (\(part) gaat over de grens van \(limit / 1_000_000) MB); "
            + "lever zo'n grote scan als CSV aan"
    }

    static func workbookDamaged(_ reason: String) -> String {
        "werkboek is beschadigd en kan niet worden gelezen (\(clip(reason, limit: 120))): sla het opnieuw op als .xlsx"
    }

    static func workbookDoctype(_ part: String) -> String {
        "werkboek bevat een XML-documenttype of entiteitdeclaratie in \(part); die worden om veiligheidsredenen "
            + "geweigerd. Sla het bestand opnieuw op met Excel of LibreOffice"
    }

    static func cellOutsideHeader(_ reference: String) -> String {
        "cel \(reference) is gevuld maar staat in een kolom zonder kolomnaam in de kopregel"
    }
}
