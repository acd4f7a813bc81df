import Foundation

/// A later scan derived from the generated 2023 deliveries, with the churn a repeated scan shows: about 15% of
/// the initiatives stopped, new ones started, some renamed under a new id (a similar name, the same providers),
/// reach changed, and one taxonomy label merged into another. It edits the 2023 files row by row and writes them
/// back in their own dialect (delimiter, encoding, fill-down), so that the later year is as messy as the first.
public struct SampleFollowUpYear: Sendable {
    public static let stoppedPercent = 15
    public static let renamedPercent = 6
    public static let newPercent = 18
    /// The merge: `Interface` becomes part of `Diensten` in the later year's `digitaliseringsvorm.yaml`.
    static let mergedDimensionFile = "digitaliseringsvorm.yaml"
    static let mergedLabel = "Interface"
    static let mergedInto = "Diensten"

    public let year: Int
    public let seed: UInt64

    public init(year: Int, seed: UInt64 = SampleGenerator.defaultSeed) {
        self.year = year
        self.seed = seed
    }

    /// Every file of the later year, by path inside its year folder (`taxonomie/…` included), in path order.
    /// `base` is the generated 2023 folder; `taxonomy` the files of the shared taxonomy folder.
    public func files(base: [(name: String, bytes: [UInt8])], taxonomy: [(name: String, bytes: [UInt8])]) throws
        -> [(name: String, bytes: [UInt8])] {
        var rng = SplitMix64(seed: seed &+ UInt64(year))
        var deliveries = base.filter { $0.name.lowercased().hasSuffix(".csv") }.map { SampleDelivery(name: $0.name, bytes: $0.bytes) }
        let plan = plan(deliveries, rng: &rng)
        for index in deliveries.indices {
            deliveries[index].apply(plan, rng: &rng)
        }
        addNewInitiatives(&deliveries, plan: plan, rng: &rng)
        var result = deliveries.map { ($0.name.replacingOccurrences(of: "2023", with: String(year)), $0.bytes()) }
        result.append((SampleGenerator.settingsFileName, Array(settingsText.utf8)))
        result.append((RenameListLoader.fileName, Array(renameListText(plan).utf8)))
        for file in taxonomy {
            let bytes = file.name == Self.mergedDimensionFile ? try merged(file.bytes) : file.bytes
            result.append((InputFolder.taxonomyFolderName + "/" + file.name, bytes))
        }
        return result.sorted { $0.0 < $1.0 }
    }

    /// Writes the files into `folder` and returns their paths.
    public func write(to folder: String, base: [(name: String, bytes: [UInt8])], taxonomyFolder: String) throws -> [String] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: taxonomyFolder)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        guard !names.isEmpty else { throw RegioscanError.io(path: taxonomyFolder, reason: "geen taxonomie gevonden") }
        let taxonomy = names.map { name in
            (name, [UInt8](FileManager.default.contents(atPath: (taxonomyFolder as NSString).appendingPathComponent(name)) ?? Data()))
        }
        return try files(base: base, taxonomy: taxonomy).map { name, bytes in
            let path = (folder as NSString).appendingPathComponent(name)
            do {
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try Data(bytes).write(to: URL(fileURLWithPath: path))
            } catch {
                throw RegioscanError.io(path: path, reason: "bestand kan niet worden geschreven (\(error.localizedDescription))")
            }
            return path
        }
    }

    // MARK: Plan

    /// Which initiatives stop and which are renamed, drawn over all files at once (an initiative can span files).
    /// Good practices continue unchanged: a province keeps its showcase.
    private func plan(_ deliveries: [SampleDelivery], rng: inout SplitMix64) -> SampleChurnPlan {
        var ids: [String] = []
        var goodPractices = Set<String>()
        for delivery in deliveries {
            for id in delivery.initiativeIDs where !ids.contains(id) { ids.append(id) }
            goodPractices.formUnion(delivery.goodPracticeIDs)
        }
        var candidates = ids.filter { !goodPractices.contains($0) }
        rng.shuffle(&candidates)
        let stoppedCount = ids.count * Self.stoppedPercent / 100
        let renamedCount = ids.count * Self.renamedPercent / 100
        let stopped = Set(candidates.prefix(stoppedCount))
        var renamed: [String: String] = [:]
        var numbers = SampleChurnPlan.highestNumbers(ids)
        for id in candidates.dropFirst(stoppedCount).prefix(renamedCount) {
            renamed[id] = SampleChurnPlan.nextID(after: id, numbers: &numbers)
        }
        let continuing = candidates.dropFirst(stoppedCount + renamedCount)
        return SampleChurnPlan(stopped: stopped, renamed: renamed, templates: Array(continuing), numbers: numbers,
                               newCount: ids.count * Self.newPercent / 100)
    }

    /// New initiatives are copies of continuing ones in the same file, under a new id and a new name.
    private func addNewInitiatives(_ deliveries: inout [SampleDelivery], plan: SampleChurnPlan, rng: inout SplitMix64) {
        var numbers = plan.numbers
        var names = Set<String>()
        var perFile: [Int: Int] = [:]
        var templates = plan.templates
        for _ in 0..<plan.newCount where !templates.isEmpty {
            let template = templates.remove(at: rng.below(templates.count))
            guard let file = deliveries.firstIndex(where: { $0.initiativeIDs.contains(plan.renamed[template] ?? template) }) else { continue }
            let id = SampleChurnPlan.nextID(after: template, numbers: &numbers)
            let index = perFile[file, default: 0]
            perFile[file] = index + 1
            var name = SampleFollowUpYear.newNames[index % SampleFollowUpYear.newNames.count] + " " + deliveries[file].place
            while names.contains(name) { name += " II" }
            names.insert(name)
            deliveries[file].copyInitiative(template, as: id, name: name, rng: &rng)
        }
    }

    static let newNames = [
        "Digitaal Vooruit", "Slim Digitaal Ondernemen", "Datagedreven Groeien", "Cyberveilig Ondernemen",
        "AI-werkplaats", "Online Verkopen", "Digitale Vakmensen", "Robotica in de Praktijk", "Smart Maken",
        "Digitale Startersroute",
    ]

    // MARK: Settings, renames and taxonomy

    var settingsText: String {
        """
        # Instellingen voor scanjaar \(year).
        #
        # Synthetische voorbeelddata, afgeleid van de voorbeelddata van 2023 met:
        #   regioscan voorbeelddata --jaar \(year) --zaad \(seed)
        # Ongeveer \(Self.stoppedPercent)% van de initiatieven is gestopt, er zijn nieuwe bijgekomen, een paar zijn
        # hernoemd met een nieuw id, het bereik is veranderd en in de taxonomie (taxonomie/) is
        # "\(Self.mergedLabel)" samengevoegd met "\(Self.mergedInto)". Alle namen en gegevens zijn verzonnen.
        voorbeelddata: ja
        titel: Regioscan Digitalisering MKB
        ondertitel: Landelijke synthese
        jaar: "\(year)"
        uitgever: Ministerie van Economische Zaken en Klimaat
        mkb_populatie: 440000
        drempel_aanbieders_landelijk: 10
        drempel_aanbieders_provincie: 3

        """
    }

    /// Confirms the first rename; the others are left for Regioscan to find as "waarschijnlijk hernoemd".
    func renameListText(_ plan: SampleChurnPlan) -> String {
        var text = """
            # Hernoemde initiatieven: oud initiatief_id (uit de vorige scan) → nieuw initiatief_id.
            # Een regel bevestigt een hernoeming; "OUD: ~" zegt dat een initiatief niet is hernoemd maar gestopt.

            """
        if let first = plan.renamed.keys.sorted().first { text += "\(first): \(plan.renamed[first]!)\n" }
        return text
    }

    /// `digitaliseringsvorm.yaml` with the merged label's line removed and its label and aliases added to the
    /// aliases of the label it merges into.
    func merged(_ bytes: [UInt8]) throws -> [UInt8] {
        var lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
        func aliases(_ line: String) -> String? {
            guard let open = line.range(of: "aliassen: ["), let close = line.range(of: "]", range: open.upperBound..<line.endIndex) else { return nil }
            return String(line[open.upperBound..<close.lowerBound])
        }
        guard let from = lines.firstIndex(where: { $0.contains("{label: \(Self.mergedLabel),") }),
              let list = aliases(lines[from]),
              let into = lines.firstIndex(where: { $0.contains("{label: \(Self.mergedInto),") }),
              let closing = lines[into].range(of: "]}") else {
            throw RegioscanError.usage("de taxonomie heeft geen regels voor \(Self.mergedLabel) en \(Self.mergedInto) "
                                       + "in \(Self.mergedDimensionFile); voorbeelddata voor \(year) kan niet worden gemaakt")
        }
        lines[into].replaceSubrange(closing, with: ", \(Self.mergedLabel), \(list)]}")
        lines.remove(at: from)
        lines.insert("# \(year): \"\(Self.mergedLabel)\" is samengevoegd met \"\(Self.mergedInto)\".", at: 1)
        return Array(lines.joined(separator: "\n").utf8)
    }
}
