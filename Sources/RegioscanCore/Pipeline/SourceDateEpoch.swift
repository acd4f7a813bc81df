/// `SOURCE_DATE_EPOCH`, the reproducible-builds convention that fixes the creation time inside the workbooks.
public enum SourceDateEpoch {
    public static let variable = "SOURCE_DATE_EPOCH"
    /// 9999-12-31 23:59:59 UTC: the last moment a workbook's four-digit creation date can hold.
    public static let latest = 253_402_300_799

    /// The creation time the variable asks for; nil when it is unset or empty. Anything but whole seconds from
    /// 0 to `latest` is refused, as the convention asks, instead of reaching the C library's date conversion.
    public static func creationTime(_ value: String?) throws -> Int? {
        guard let value, !value.isEmpty else { return nil }
        guard value.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let seconds = Int(value), seconds <= latest else {
            throw RegioscanError.usage(Messages.sourceDateEpochInvalid(value))
        }
        // libxlsxwriter reads 0 as "now"; one second later keeps the workbook reproducible.
        return max(seconds, 1)
    }
}
