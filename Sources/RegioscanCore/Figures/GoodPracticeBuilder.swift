/// Figure 22: the good practice of each province, with its activities there and its highlights.
enum GoodPracticeBuilder {
    static func make(_ context: FigureContext) -> Figure {
        var practices: [GoodPractice] = []
        for scope in context.provinces {
            var order: [Int] = []
            var activities: [Int: [Activity]] = [:]
            for index in scope.activities {
                let activity = context.activity(index)
                guard activity.isGoodPractice else { continue }
                if activities[activity.initiative] == nil { order.append(activity.initiative) }
                activities[activity.initiative, default: []].append(activity)
            }
            for initiative in order {
                let own = activities[initiative]!
                let record = context.dataset.initiatives[initiative]
                var highlights: [String] = []
                for activity in own {
                    for line in MultiValueSplitter.split(activity.note) where !highlights.contains(line) {
                        highlights.append(line)
                    }
                }
                practices.append(GoodPractice(province: scope.name, name: record.name, initiativeID: record.id,
                                              activityCount: own.count, activities: own.map(\.name),
                                              highlights: highlights, website: record.website))
            }
        }
        let rows = practices.map {
            FigureRow(province: $0.province, series: FigureSeries.initiative, category: $0.name, value: .count(Int64($0.activityCount)))
        }
        return Figure(id: .goodPractices, rows: rows, categories: practices.map(\.name), series: [FigureSeries.initiative],
                      provinces: context.provinceNames.filter { name in practices.contains { $0.province == name } },
                      goodPractices: practices)
    }
}
