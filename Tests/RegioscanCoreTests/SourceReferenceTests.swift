import Foundation
import Testing
@testable import RegioscanCore

/// Every reference to an input row reads as a user looks for it: `file:line` in a text file, the sheet and the
/// cell (or row) in a workbook.
@Suite("Verwijzingen naar invoerregels")
struct SourceReferenceTests {
    typealias Book = HandMadeWorkbook

    static let header = ["provincie", "initiatief_id", "initiatief", "activiteit", "type_activiteit"]

    static func load(_ rows: [[String]], file: String = "utrecht.xlsx") throws -> LoadResult {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write(file, bytes: try Book.single([header] + rows))
        return try input.load()
    }

    @Test func aReferenceNamesTheCellInAWorkbookAndTheLineInATextFile() {
        let place = SheetPlace(sheet: "Activiteiten", letters: ["type_activiteit": "E"])
        let workbook = SourceLocation(file: "utrecht.xlsx", line: 14, sheet: place)
        #expect(workbook.reference == "utrecht.xlsx: blad Activiteiten, rij 14")
        #expect(workbook.with(column: "type_activiteit").reference == "utrecht.xlsx: blad Activiteiten, cel E14")
        #expect(SourceLocation(file: "utrecht.xlsx", sheet: place).reference == "utrecht.xlsx: blad Activiteiten")
        #expect(SourceLocation(file: "utrecht.csv", line: 14, column: "type_activiteit").reference == "utrecht.csv:14")
        #expect(SourceLocation(file: "utrecht.csv").reference == "utrecht.csv")
    }

    @Test func aConflictNamesTheEarlierCellOfTheWorkbook() throws {
        let result = try Self.load([["Utrecht", "UT-001", "Digilab", "Scan", "Signaleren"],
                                    ["Utrecht", "UT-001", "Datalab", "Workshop", "Signaleren"]])
        let errors = result.diagnostics.texts(.error)
        #expect(errors == ["utrecht.xlsx: blad Activiteiten, cel C3: kolom initiatief: \"Datalab\" wijkt af van \"Digilab\" op "
            + "\(result.files[0]): blad Activiteiten, cel C2 (zelfde initiatief_id UT-001)"], "\(errors)")
    }

    @Test func aDuplicateAndABorrowedNameNameTheirCells() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("utrecht.xlsx", bytes: try Book.single([Self.header, ["Utrecht", "UT-001", "Digilab", "Scan", "Signaleren"],
                                                                ["Utrecht", "UT-001", "", "Scan", "Signaleren"]]))
        try input.write("zeeland.xlsx", bytes: try Book.single([Self.header, ["Zeeland", "UT-001", "", "Meetup", "Signaleren"]]))
        let result = try input.load()
        let texts = result.diagnostics.texts()
        #expect(texts.contains("utrecht.xlsx: blad Activiteiten, cel D3: kolom activiteit: "
            + "activiteit \"Scan\" van initiatief UT-001 staat dubbel (eerder op blad Activiteiten, cel D2)"), "\(texts)")
        let utrecht = try #require(result.files.first { $0.hasSuffix("utrecht.xlsx") })
        #expect(texts.contains("zeeland.xlsx: blad Activiteiten, cel C2: kolom initiatief: initiatief UT-001 heeft in dit "
            + "bestand geen naam; de naam is overgenomen uit \(utrecht): blad Activiteiten, cel C2"), "\(texts)")
    }

    @Test func theSourceColumnOfTheDataNamesSheetAndRow() throws {
        let result = try Self.load([["Utrecht", "UT-001", "Digilab", "Scan", "Signaleren"]])
        let dataset = try #require(result.dataset)
        let data = ActivityDataRenderer.render(dataset)
        #expect(data.contains("utrecht.xlsx: blad Activiteiten, rij 2\""), "\(data)")
        let row = ActivityRow(dataset: dataset, texts: try Self.workbookTexts(), lists: ActivityLabelLists(dataset: dataset)).cells(0)
        #expect(row.last == .text("\(result.files[0]): blad Activiteiten, rij 2"))
        #expect(!data.contains("utrecht.xlsx:2"))
    }

    /// The rows' source bytes, made on the stack for a text file, are the reference's bytes for every activity.
    @Test func sourceBytesAreTheReference() throws {
        let dataset = try #require(try DatasetLoader.load(input: ProjectPaths.input, year: 2023).dataset)
        for activity in dataset.activities {
            let bytes = activity.withSourceReference { Array($0) }
            #expect(bytes == Array(activity.sourceReference.utf8))
        }
        #expect(dataset.activities.contains { $0.sourceReference.hasSuffix(":100") || $0.sourceReference.hasSuffix(":10") })
    }

    static func workbookTexts() throws -> WorkbookTexts {
        var diagnostics = Diagnostics()
        return try #require(WorkbookTexts.load(folder: ProjectPaths.templates, diagnostics: &diagnostics))
    }

    @Test func theValidationSheetGivesTheCellOfAWorkbookAndTheLineOfATextFile() {
        let place = SheetPlace(sheet: "Activiteiten", letters: ["bereik": "T"])
        #expect(WorkbookBuilder.place(SourceLocation(file: "u.xlsx", line: 7, column: "bereik", sheet: place))
            == .text("blad Activiteiten, cel T7"))
        #expect(WorkbookBuilder.place(SourceLocation(file: "u.csv", line: 7, column: "bereik")) == .integer(7))
        #expect(WorkbookBuilder.place(SourceLocation(file: "u.csv")) == .empty)
    }

    @Test func changesAreOrderedByRowInAWorkbookAsByLineInATextFile() {
        let key = ActivityKey(initiativeID: "UT-001", activity: "Scan")
        #expect(SourceOrder.split("Input/2024/utrecht.xlsx: blad Activiteiten, rij 14") == ("Input/2024/utrecht.xlsx", 14))
        #expect(SourceOrder.split("Input/2024/utrecht.xlsx: blad Activiteiten, cel AB9") == ("Input/2024/utrecht.xlsx", 9))
        #expect(SourceOrder.split("Input/2024/utrecht.csv:10") == ("Input/2024/utrecht.csv", 10))
        #expect(SourceOrder("u.xlsx: blad Activiteiten, rij 9", key: key) < SourceOrder("u.xlsx: blad Activiteiten, rij 10", key: key))
    }

    @Test func headerProblemsInAWorkbookNameColumnLetters() throws {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("utrecht.xlsx", bytes: try Book.single([Self.header + ["initiatief", "", "x"],
                                                                ["Utrecht", "UT-001", "Digilab", "Scan", "Signaleren", "", "a", "b"]]))
        try input.write("zeeland.csv", "provincie;initiatief_id;initiatief;activiteit;type_activiteit;initiatief\n")
        let texts = try input.load().diagnostics.texts()
        #expect(texts.contains("utrecht.xlsx: blad Activiteiten, rij 1: " + Messages.duplicateHeader("initiatief", first: "C", second: "F")),
                "\(texts)")
        #expect(texts.contains("utrecht.xlsx: blad Activiteiten, rij 1: kolommen zonder naam (kolom G) worden genegeerd"), "\(texts)")
        #expect(texts.contains("zeeland.csv:1: " + Messages.duplicateHeader("initiatief", first: "3", second: "6")), "\(texts)")
    }
}
