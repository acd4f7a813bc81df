/// The dataset split into scopes once, shared by every figure builder.
struct FigureContext {
    let dataset: Dataset
    let national: Scope
    let provinces: [Scope]

    init(dataset: Dataset) {
        self.dataset = dataset
        var perProvince = [[Int]](repeating: [], count: dataset.taxonomy.provinces.categories.count)
        for (index, activity) in dataset.activities.enumerated() { perProvince[activity.province].append(index) }
        national = Scope(name: FigureRow.national, activities: Array(dataset.activities.indices))
        provinces = perProvince.enumerated().map { Scope(name: dataset.provinceName($0.offset), activities: $0.element) }
    }

    /// National first, then every province: the "(P)" figures of the contract.
    var allScopes: [Scope] { [national] + provinces }
    var provinceNames: [String] { provinces.map(\.name) }

    func activity(_ index: Int) -> Activity { dataset.activities[index] }

    /// Distinct initiatives with at least one activity in the scope, with their activity count there, in the
    /// order of their numbers.
    func initiativeActivityCounts(_ scope: Scope) -> [(initiative: Int, count: Int)] {
        // Sorted by radix and counted in runs: a dictionary increment per activity, for every scope and four
        // figures, took half a second at 10⁶ activities.
        var initiatives = scope.activities.map { UInt64(dataset.activities[$0].initiative) }
        initiatives.radixSort()
        var counts: [(initiative: Int, count: Int)] = []
        var start = 0
        while start < initiatives.count {
            var end = start + 1
            while end < initiatives.count, initiatives[end] == initiatives[start] { end += 1 }
            counts.append((Int(initiatives[start]), end - start))
            start = end
        }
        return counts
    }

    /// The categories of an activity in a dimension, where an empty cell counts as the unspecified category
    /// (index `categories.count`) when the dimension has one.
    func categoriesWithUnspecified(_ activity: Activity, _ dimension: DimensionID) -> [Int] {
        let values = activity.categories(dimension)
        if values.isEmpty, dataset.taxonomy[dimension].unspecifiedLabel != nil {
            return [dataset.taxonomy[dimension].categories.count]
        }
        return values
    }

    /// Activities per category (each activity once in each of its categories).
    func countPerCategory(_ scope: Scope, _ dimension: DimensionID, includeUnspecified: Bool) -> [Int64] {
        tally(scope, size: labels(dimension, includeUnspecified: includeUnspecified).count) { activity in
            includeUnspecified ? categoriesWithUnspecified(activity, dimension) : activity.categories(dimension)
        }
    }

    /// Known reach per category.
    func reachPerCategory(_ scope: Scope, _ dimension: DimensionID) -> [Int64] {
        var sums = [Int64](repeating: 0, count: labels(dimension, includeUnspecified: true).count)
        for index in scope.activities {
            let activity = dataset.activities[index]
            guard let reach = activity.reach else { continue }
            for category in categoriesWithUnspecified(activity, dimension) {
                sums[category] = sums[category].saturatingAdding(reach)
            }
        }
        return sums
    }

    func tally(_ scope: Scope, size: Int, _ categories: (Activity) -> [Int]) -> [Int64] {
        var counts = [Int64](repeating: 0, count: size)
        for index in scope.activities {
            for category in categories(dataset.activities[index]) { counts[category] = counts[category].saturatingAdding(1) }
        }
        return counts
    }

    func labels(_ dimension: DimensionID, includeUnspecified: Bool) -> [String] {
        let taxonomy = dataset.taxonomy[dimension]
        return includeUnspecified ? taxonomy.labelsWithUnspecified : taxonomy.labels
    }

    /// One row per category for each scope, zeros included.
    func rows(_ scopes: [Scope], series: String = "", labels: [String], values: (Scope) -> [FigureValue]) -> [FigureRow] {
        scopes.flatMap { scope in
            zip(labels, values(scope)).map {
                FigureRow(province: scope.name, series: series, category: $0.0, value: $0.1)
            }
        }
    }
}
