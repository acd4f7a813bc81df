import Foundation
import Testing
@testable import RegioscanCore

/// Joined label lists are made once per run and shared by the workbooks; the rows stay what they were.
@Suite("Werkboeken: gedeelde labellijsten")
struct ActivityLabelListsTests {
    @Test func rowsWithSharedListsEqualRowsJoinedOnTheSpot() throws {
        let dataset = try #require(try DatasetLoader.load(input: ProjectPaths.input, year: 2023).dataset)
        var diagnostics = Diagnostics()
        let texts = try #require(ReportTemplates.load(folder: ProjectPaths.templates, diagnostics: &diagnostics)).workbookTexts
        var withoutActivities = dataset
        withoutActivities.activities = []
        let shared = ActivityRow(dataset: dataset, texts: texts, lists: ActivityLabelLists(dataset: dataset))
        let onTheSpot = ActivityRow(dataset: dataset, texts: texts, lists: ActivityLabelLists(dataset: withoutActivities))
        var multiValued = 0
        for index in dataset.activities.indices {
            #expect(shared.cells(index) == onTheSpot.cells(index))
            multiValued += shared.cells(index).filter { $0.displayText.contains("; ") }.count
        }
        #expect(multiValued > 100)
    }

    /// Lists are found by their storage first: the same storage in two columns gives each column's labels, and a
    /// copy with storage of its own is found by its content.
    @Test func aListIsFoundByStorageAndColumnOrByContent() throws {
        var dataset = try #require(try DatasetLoader.load(input: ProjectPaths.input, year: 2023).dataset)
        let shared = [0, 1]
        dataset.activities[0].technologies = shared
        dataset.activities[0].goals = shared
        dataset.activities[0].applications = [1, 0].sorted()
        let lists = ActivityLabelLists(dataset: dataset)
        let expected = { (vocabulary: OpenVocabularyID) in
            shared.map { dataset.label(vocabulary, $0) }.joined(separator: "; ")
        }
        #expect(lists.joined(.technology, shared) == expected(.technology))
        #expect(lists.joined(.goal, shared) == expected(.goal))
        #expect(expected(.technology) != expected(.goal))
        let copy = shared.map { $0 + 0 }
        #expect(lists.joined(.goal, copy) == expected(.goal))
        #expect(lists.text(.application, [0, 1], in: dataset) == expected(.application))
        #expect(lists.text(.provider, [], in: dataset) == "")
        #expect(lists.text(.sector, [2], in: dataset) == dataset.label(.sector, 2))
    }

    @Test func aListIsItsLabelsInOrder() throws {
        let dataset = try #require(try DatasetLoader.load(input: ProjectPaths.input, year: 2023).dataset)
        let lists = ActivityLabelLists(dataset: dataset)
        let activity = try #require(dataset.activities.first { $0.sectors.count > 1 })
        #expect(lists.joined(.sector, activity.sectors) == activity.sectors.map { dataset.label(.sector, $0) }.joined(separator: "; "))
        #expect(lists.joined(.sector, [activity.sectors[0]]) == nil)
        #expect(lists.joined(.technology, [0, 1, 2, 3, 4, 5, 6, 7]) == nil)
    }
}
