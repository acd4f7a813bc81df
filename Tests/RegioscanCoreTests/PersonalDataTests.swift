import Testing
@testable import RegioscanCore

/// Personal data lies end to end, apart from the activities; each activity finds exactly its own fields.
@Suite struct PersonalDataTests {
    static func field(_ value: String) -> PersonalField { PersonalField(column: "email", value: value) }

    @Test func eachActivityFindsItsOwnFields() {
        var data = PersonalData()
        data.append([Self.field("a@x.nl"), Self.field("b@x.nl")], for: 0)
        data.append([], for: 1)
        data.append([Self.field("c@x.nl")], for: 3)
        #expect(data[0]?.map(\.value) == ["a@x.nl", "b@x.nl"])
        #expect(data[1] == nil)
        #expect(data[2] == nil)
        #expect(data[3]?.map(\.value) == ["c@x.nl"])
        #expect(data[4] == nil)
        #expect(data.values.map { $0.map(\.value) } == [["a@x.nl", "b@x.nl"], ["c@x.nl"]])
        #expect(data.fields.count == 3)
    }

    @Test func aDictionaryGivesTheSameData() {
        let data = PersonalData([7: [Self.field("z@x.nl")], 2: [Self.field("y@x.nl")]])
        #expect(data.values.map { $0.map(\.value) } == [["y@x.nl"], ["z@x.nl"]])
        #expect(data[7]?.first?.value == "z@x.nl")
        #expect(PersonalData().isEmpty)
    }
}
