/// One province in the sample: its places, its providers and its good practice.
struct SampleProvince: Sendable {
    var name: String
    var code: String
    var region: String
    var places: [String]
    /// The provincial government, as providers name it.
    var authority: String
    var developmentAgency: String
    var schools: [String]
    var networks: [String]
    var municipalities: [String]
    var goodPractice: SampleGoodPractice
    var layout: SampleFileLayout
    /// Relative weight per maturity class (laag, middel, hoog, unspecified), after the 2023 readings.
    var maturityBias: [Double]
    /// Extra weight for archetypes with a high modelled reach (Signaleren, Scans & assessments).
    var highReachBias: Double = 1
    /// Extra weight for archetypes with a high modelled effort.
    var highEffortBias: Double = 1
}

/// The good practice a province put forward: its name, the highlights in its `toelichting`, and activity types.
struct SampleGoodPractice: Sendable {
    var name: String
    var highlights: [String]
    var website: String
}
