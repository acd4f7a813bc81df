import Foundation

/// Writes realistic synthetic deliveries for the 12 provinces. At its default size the national marginals
/// equal the 2023 report (220 initiatives, 582 activities, figures 6, 18 and 21); at any size the files are
/// valid input. The same seed and size give the same bytes.
public struct SampleGenerator: Sendable {
    public static let defaultSeed: UInt64 = 2023
    public static let defaultActivityCount = SampleTargets.publishedActivities
    public static let settingsFileName = "instellingen.yaml"

    public let seed: UInt64
    public let activityCount: Int

    public init(seed: UInt64 = defaultSeed, activityCount: Int = defaultActivityCount) {
        self.seed = seed
        self.activityCount = activityCount
    }

    /// Every file of the sample, by name, in name order.
    public func files() -> [(name: String, bytes: [UInt8])] {
        var planner = SamplePlanner(seed: seed, activityCount: activityCount)
        planner.plan()
        var attributes = SampleAttributes(rng: SplitMix64(seed: seed &+ 1))
        attributes.fill(&planner)
        if activityCount > SampleTargets.publishedActivities {
            var growth = SampleGrowth(seed: seed &+ 0x6C6F_6E67)
            growth.apply(to: &planner)
        }
        var result: [(String, [UInt8])] = []
        var formatterSeed = seed &+ 2
        for (index, province) in SampleProvinces.all.enumerated() {
            let own = planner.activities.filter { $0.province == index && planner.initiatives[$0.initiative].home != nil }
            var formatter = SampleFileFormatter(rng: SplitMix64(seed: formatterSeed), layout: province.layout)
            result.append((province.layout.fileName, formatter.bytes(activities: own, initiatives: planner.initiatives)))
            formatterSeed &+= 1
        }
        let national = planner.activities.filter { planner.initiatives[$0.initiative].home == nil }
        if !national.isEmpty {
            var formatter = SampleFileFormatter(rng: SplitMix64(seed: formatterSeed), layout: SampleProvinces.nationalLayout)
            result.append((SampleProvinces.nationalLayout.fileName,
                           formatter.bytes(activities: national, initiatives: planner.initiatives)))
        }
        result.append((Self.settingsFileName, Array(settingsText.utf8)))
        return result.sorted { $0.0 < $1.0 }
    }

    var settingsText: String {
        """
        # Instellingen voor scanjaar 2023.
        #
        # Deze map bevat synthetische voorbeelddata, gemaakt met:
        #   regioscan voorbeelddata --zaad \(seed) --activiteiten \(activityCount)
        # De landelijke aantallen per type activiteit, per marktfalen en het bereik per type activiteit
        # zijn gelijk aan de landelijke synthese van 2023; alle namen en overige gegevens zijn verzonnen.
        voorbeelddata: ja
        titel: Regioscan Digitalisering MKB
        ondertitel: Landelijke synthese
        jaar: "2023"
        uitgever: Ministerie van Economische Zaken en Klimaat
        mkb_populatie: 440000
        drempel_aanbieders_landelijk: 10
        drempel_aanbieders_provincie: 3
        # Mkb-bedrijven per provincie (verzonnen, naar verhouding van de bevolking; samen mkb_populatie),
        # voor het bereik per 1.000 mkb-bedrijven in de provinciale rapporten.
        mkb_per_provincie:
          Groningen: 15000
          Friesland: 16500
          Drenthe: 12500
          Overijssel: 29000
          Flevoland: 11000
          Gelderland: 53000
          Utrecht: 35500
          Noord-Holland: 75000
          Zuid-Holland: 89000
          Zeeland: 9500
          Noord-Brabant: 65000
          Limburg: 29000

        """
    }

    /// Writes the files into `folder` (created when missing) and returns their paths.
    public func write(to folder: String) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw RegioscanError.io(path: folder, reason: "map kan niet worden gemaakt (\(error.localizedDescription))")
        }
        return try files().map { name, bytes in
            let path = (folder as NSString).appendingPathComponent(name)
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
                throw RegioscanError.io(path: path, reason: "bestand kan niet worden geschreven")
            }
            return path
        }
    }
}
