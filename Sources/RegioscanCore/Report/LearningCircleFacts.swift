/// The values of the report's section on learning circles (`leerkringen.…` in the template): how many circles
/// there are, the rule that formed them, and the largest three, with ties beyond the third said out loud.
struct LearningCircleFacts {
    let circles: LearningCircles
    let dataset: Dataset
    let texts: FigureTexts

    /// How many circles the report describes.
    static let listed = 3

    func context() -> [String: Any] {
        let all = circles.circles
        let top = Array(all.prefix(Self.listed))
        // Circles as large as the last one listed that the list leaves out: the order among them is only by ID.
        let tiedBeyond = top.count == Self.listed
            ? all.dropFirst(Self.listed).filter { $0.initiatives.count == top[top.count - 1].initiatives.count }.count : 0
        let tiedWithin = Set(top.map(\.initiatives.count)).count < top.count
        return [
            "aantal": counted(all.count, "leerkring", "leerkringen"),
            "initiatieven": counted(circles.memberCount, "initiatief", "initiatieven"),
            "drempel": "\(circles.parameters.thresholdPercent)%",
            "maximum": DutchNumber.integer(circles.parameters.maximumInitiatives),
            "geen": all.isEmpty,
            "alle_paren": circles.comparedAllPairs,
            "grens": DutchNumber.integer(circles.parameters.allPairsLimit),
            "venster": DutchNumber.integer(circles.parameters.window),
            "grootste": top.map(circle),
            "gelijk_na_laatste": tiedBeyond > 0 ? DutchNumber.integer(tiedBeyond) : false,
            "gelijk": tiedWithin || tiedBeyond > 0,
        ]
    }

    private func circle(_ circle: LearningCircle) -> [String: Any] {
        let members = circle.initiatives.map { index in
            let provinces = circles.initiativeProvinces[index].map(dataset.provinceName)
            return "\(dataset.initiatives[index].name) (\(DutchList.join(provinces)))"
        }
        return [
            "nummer": String(circle.number),
            "initiatieven": counted(circle.initiatives.count, "initiatief", "initiatieven"),
            "provincies": counted(circle.provinces.count, "provincie", "provincies"),
            "beschrijving": circle.description,
            "deelnemers": DutchList.join(members),
        ]
    }

    /// "1 leerkring", "7 leerkringen"; the words can be changed under `noten` in `figuren.yaml`.
    private func counted(_ number: Int, _ one: String, _ more: String) -> String {
        DutchNumber.integer(number) + " " + (texts.notes[number == 1 ? one : more] ?? (number == 1 ? one : more))
    }
}
