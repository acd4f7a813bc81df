/// The report's palette as the numbers libxlsxwriter wants (0xRRGGBB).
enum ChartColour {
    static func value(_ hex: String) -> UInt32 {
        UInt32(hex.dropFirst(), radix: 16) ?? 0x0072B2
    }

    static let subject = value(ChartPalette.primary)
    static let reference = value(ChartPalette.secondary)

}
