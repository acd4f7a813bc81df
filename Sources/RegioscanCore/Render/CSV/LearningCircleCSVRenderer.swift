/// `tabellen/leerkringen.csv`: one row per initiative in a learning circle, circles in order, members by ID.
/// Same format as the figure tables: UTF-8 without BOM, RFC 4180, text a spreadsheet must not evaluate made safe.
public enum LearningCircleCSVRenderer {
    public static let fileName = "leerkringen.csv"
    public static let header = ["leerkring", "initiatief_id", "provincie", "initiatief", "gedeelde_kenmerken"]

    public static func render(_ circles: LearningCircles, dataset: Dataset) -> String {
        var text = CSVWriter.line(header)
        for circle in circles.circles {
            for member in circle.initiatives {
                let initiative = dataset.initiatives[member]
                text += CSVWriter.line([String(circle.number), initiative.id.spreadsheetSafe,
                                        provinces(of: member, in: circles, dataset: dataset).spreadsheetSafe,
                                        initiative.name.spreadsheetSafe, circle.description.spreadsheetSafe])
            }
        }
        return text
    }

    /// The provinces where an initiative has activities, in taxonomy order, separated by "; ".
    public static func provinces(of initiative: Int, in circles: LearningCircles, dataset: Dataset) -> String {
        circles.initiativeProvinces[initiative].map(dataset.provinceName).joined(separator: "; ")
    }
}
