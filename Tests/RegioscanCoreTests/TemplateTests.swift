import Foundation
import Testing
@testable import RegioscanCore

@Suite("Sjablonen")
struct TemplateTests {
    /// A copy of the project's templates that a test may change.
    func templatesCopy() throws -> String {
        let folder = NSTemporaryDirectory() + "regioscan-templates-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: ProjectPaths.templates, toPath: folder)
        return folder
    }

    func run(templates: String) throws -> Result<ReportOutcome, Error> {
        let input = try TemporaryInput()
        defer { input.remove() }
        try input.write("u.csv", FixtureCSV.semicolon(rows: [FixtureCSV.row()]))
        let output = NSTemporaryDirectory() + "regioscan-output-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        return Result { try ReportPipeline.run(ReportOptions(input: input.root, output: output, templates: templates)) }
    }

    func errors(_ result: Result<ReportOutcome, Error>) -> [Diagnostic] {
        if case .failure(RegioscanError.invalidInput(let diagnostics)) = result { return diagnostics.errors }
        return []
    }

    @Test func theShippedTemplatesLoadWithoutProblems() {
        var diagnostics = Diagnostics()
        #expect(ReportTemplates.load(folder: ProjectPaths.templates, diagnostics: &diagnostics) != nil)
        #expect(diagnostics.all.isEmpty, "\(diagnostics.texts())")
    }

    @Test func aMisspeltNameIsAnError() throws {
        let folder = try templatesCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/" + ReportTemplates.bodyFile
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try (text + "\nTotaal: {{kerncijfers.initiatiefen}}\n").write(toFile: path, atomically: true, encoding: .utf8)
        let errors = errors(try run(templates: folder))
        #expect(errors.map(\.message) == ["sjabloon gebruikt \"kerncijfers.initiatiefen\", maar die waarde bestaat niet (tikfout?)"])
    }

    @Test func brokenSyntaxIsReportedWithItsLine() throws {
        let folder = try templatesCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "Regel een\nRegel twee {{#open}}\n".write(toFile: folder + "/" + ReportTemplates.frontFile, atomically: true, encoding: .utf8)
        let errors = errors(try run(templates: folder))
        #expect(errors.count == 1)
        #expect(errors.first?.location.file.hasSuffix(ReportTemplates.frontFile) == true)
    }

    @Test func unknownPlaceholderIsAnError() throws {
        let folder = try templatesCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "## Kop\n\n[[figuur 99]]\n".write(toFile: folder + "/" + ReportTemplates.bodyFile, atomically: true, encoding: .utf8)
        #expect(errors(try run(templates: folder)).count == 1)
    }

    @Test func changedWordingNeedsNoCodeChange() throws {
        let folder = try templatesCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/figuren.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "titel: Aantal activiteiten per type activiteit", with: "titel: Activiteiten naar soort")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        guard case .success(let outcome) = try run(templates: folder) else { Issue.record("run failed"); return }
        _ = outcome
    }

    @Test func figureTextsWithoutAFigureAreAnError() throws {
        let folder = try templatesCopy()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "\"06\":\n  titel: Alleen deze\n".write(toFile: folder + "/figuren.yaml", atomically: true, encoding: .utf8)
        #expect(!errors(try run(templates: folder)).isEmpty)
    }

    @Test func textInsertedInMarkdownIsEscaped() {
        #expect("a*b_c <x> [y](z) | & # ~".markdownEscaped == "a\\*b\\_c \\<x\\> \\[y\\](z) \\| \\& \\# \\~")
        #expect("8.126 en 25%".markdownEscaped == "8.126 en 25%")
    }
}
