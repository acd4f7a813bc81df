/// `tabellen/leerkringen.csv`: one row per initiative in a learning circle, circles in order, members by ID.
/// Same format as the figure tables: UTF-8 without BOM, RFC 4180, text a spreadsheet must not evaluate made safe.
public enum LearningCircleCSVRenderer {
    public static let fileName = "leerkringen.csv"
    public static let header = ["leerkring", "initiatief_id", "provincie", "initiatief", "gedeelde_kenmerken"]

    public static func render(_ circles: LearningCircles, dataset: Dataset) -> String {
        String(decoding: bytes(circles, dataset: dataset), as: UTF8.self)
    }

    /// The file as bytes, a line at a time: at 10⁶ activities a string per cell and per line took a second.
    static func bytes(_ circles: LearningCircles, dataset: Dataset) -> [UInt8] {
        var bytes: [UInt8] = []
        CSVWriter.appendLine(header, to: &bytes)
        // Most initiatives work in one province, and many share a list: each list's text made once.
        var provinceTexts: [[Int]: String] = [:]
        for circle in circles.circles {
            let number = String(circle.number)
            for member in circle.initiatives {
                let initiative = dataset.initiatives[member]
                let provinces = circles.initiativeProvinces[member]
                let provinceText = provinceTexts[provinces] ?? provinceList(provinces, dataset: dataset)
                if provinceTexts.count < 4_096 { provinceTexts[provinces] = provinceText }
                CSVWriter.appendLine([number, initiative.id, provinceText, initiative.name, circle.description],
                                     spreadsheetSafe: true, to: &bytes)
            }
        }
        return bytes
    }

    /// The provinces where an initiative has activities, in taxonomy order, separated by "; ".
    public static func provinces(of initiative: Int, in circles: LearningCircles, dataset: Dataset) -> String {
        provinceList(circles.initiativeProvinces[initiative], dataset: dataset)
    }

    private static func provinceList(_ provinces: [Int], dataset: Dataset) -> String {
        provinces.map(dataset.provinceName).joined(separator: "; ")
    }
}
