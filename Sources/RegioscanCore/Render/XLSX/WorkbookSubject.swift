/// Whose workbook it is: the country (every province beside the national numbers) or one province
/// (its numbers beside the national ones).
enum WorkbookSubject: Equatable {
    case national
    case province(String)

    var name: String {
        switch self {
        case .national: FigureRow.national
        case .province(let name): name
        }
    }
}
