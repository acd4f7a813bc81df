import Foundation

/// Reads `instellingen.yaml` (or `.yml`, or `.json`) from a year folder; without one, the defaults apply.
public enum SettingsLoader {
    static let baseName = "instellingen"
    static let extensions = ["yaml", "yml", "json"]
    static let keys: Set<String> = [
        "mkb_populatie", "drempel_aanbieders_landelijk", "drempel_aanbieders_provincie", "voorbeelddata",
        "titel", "ondertitel", "jaar", "uitgever", "persoonsgegevens", "mkb_per_provincie",
        "leerkring_drempel", "leerkring_maximum",
    ]

    /// `provinces` resolves the names in `mkb_per_provincie` (aliases and codes as in the CSV files).
    public static func load(yearFolder: String, year: Int, provinces: Dimension? = nil,
                            diagnostics: inout Diagnostics) -> Settings {
        var settings = Settings(year: year)
        let candidates = ((try? FileManager.default.contentsOfDirectory(atPath: yearFolder)) ?? [])
            .filter { ($0 as NSString).deletingPathExtension.lowercased() == baseName }
            .sorted()
        guard !candidates.isEmpty else { return settings }
        let usable = candidates.filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
        for other in candidates where !usable.contains(other) {
            diagnostics.error(.settings, at: SourceLocation(file: join(yearFolder, other)), Messages.settingsFormat)
        }
        if usable.count > 1 {
            diagnostics.error(.settings, at: SourceLocation(file: join(yearFolder, usable[1])),
                              Messages.settingsTwice(usable[0]))
        }
        guard let name = usable.first else { return settings }
        let path = join(yearFolder, name)
        guard let source = YAMLSource.load(path: path, displayPath: path, kind: .settings, diagnostics: &diagnostics),
              let map = YAMLMap(source.root, in: source, kind: .settings, diagnostics: &diagnostics) else {
            return settings
        }
        map.warnAboutUnknownKeys(allowed: keys, diagnostics: &diagnostics)
        if let value = map.integer("mkb_populatie", diagnostics: &diagnostics) {
            if value > 0 {
                settings.smePopulation = value
            } else {
                diagnostics.error(.settings, at: source.location(map.value("mkb_populatie")!), Messages.settingsPositive("mkb_populatie"))
            }
        }
        for (key, path) in [("drempel_aanbieders_landelijk", \Settings.providerThresholdNational),
                            ("drempel_aanbieders_provincie", \Settings.providerThresholdProvince)] {
            guard let value = map.integer(key, diagnostics: &diagnostics) else { continue }
            if value > 0 {
                settings[keyPath: path] = value
            } else {
                diagnostics.error(.settings, at: source.location(map.value(key)!), Messages.settingsPositive(key))
            }
        }
        loadLearningCircles(map, source: source, into: &settings, diagnostics: &diagnostics)
        settings.isSampleData = map.boolean("voorbeelddata", diagnostics: &diagnostics) ?? false
        settings.title = map.string("titel", diagnostics: &diagnostics) ?? settings.title
        settings.subtitle = map.string("ondertitel", diagnostics: &diagnostics) ?? settings.subtitle
        settings.yearLine = map.string("jaar", diagnostics: &diagnostics) ?? settings.yearLine
        settings.publisher = map.string("uitgever", diagnostics: &diagnostics) ?? settings.publisher
        settings.personalColumns = map.strings("persoonsgegevens", diagnostics: &diagnostics)
        settings.smePerProvince = smePerProvince(map, source: source, provinces: provinces, diagnostics: &diagnostics)
        return settings
    }

    /// `mkb_per_provincie: {Groningen: 38000, …}`: every name must be a province, every count above 0.
    static func smePerProvince(_ map: YAMLMap, source: YAMLSource, provinces: Dimension?,
                               diagnostics: inout Diagnostics) -> [String: Int] {
        let key = "mkb_per_provincie"
        guard let node = map.value(key), !node.isNull,
              let entries = YAMLMap(node, in: source, kind: .settings, diagnostics: &diagnostics) else { return [:] }
        var counts: [String: Int] = [:]
        for name in entries.keys {
            let location = source.location(entries.value(name)!)
            guard let count = entries.integer(name, diagnostics: &diagnostics) else { continue }
            guard count > 0 else {
                diagnostics.error(.settings, at: location, Messages.settingsPositive("\(key).\(name)"))
                continue
            }
            guard let provinces else {
                counts[name] = count
                continue
            }
            guard case .category(let index) = provinces.match(name) else {
                diagnostics.error(.settings, at: location, Messages.settingsUnknownProvince(name))
                continue
            }
            let canonical = provinces.categories[index].label
            if counts[canonical] != nil {
                diagnostics.error(.settings, at: location, Messages.settingsProvinceTwice(canonical))
            }
            counts[canonical] = count
        }
        return counts
    }

    static func join(_ folder: String, _ name: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }
}
