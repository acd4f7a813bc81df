import Testing
@testable import RegioscanCore

/// Enums keyed in dictionaries hash by their case (`CaseHashed`); the case's number must be its place in
/// `allCases`, and equality must stay that of the raw values.
@Suite struct CaseHashedTests {
    private func check<T: CaseHashed & CaseIterable>(_ type: T.Type) where T.RawValue == String {
        for (offset, value) in T.allCases.enumerated() {
            #expect(value.casePosition == offset, "\(value.rawValue)")
            for other in T.allCases {
                #expect((value == other) == (value.rawValue == other.rawValue))
            }
        }
        #expect(Set(T.allCases).count == T.allCases.count)
    }

    @Test func everyCaseHasItsPlaceInAllCases() {
        check(DimensionID.self)
        check(OpenVocabularyID.self)
        check(Role.self)
        check(Column.self)
        check(FigureID.self)
        check(DiagnosticKind.self)
    }

    @Test func aHeaderMapFindsEveryColumnByItsPlace() {
        var diagnostics = Diagnostics()
        let names = Column.allCases.reversed().map(\.rawValue)
        let header = CSVRecord(line: 1, cells: names)
        let map = HeaderMap(header: header, file: "x.csv", aliases: [:], personalColumns: [],
                            provinceFromFileName: false, diagnostics: &diagnostics)
        for (index, name) in names.enumerated() {
            #expect(map.index(of: Column(rawValue: name)!) == index)
        }
    }
}
