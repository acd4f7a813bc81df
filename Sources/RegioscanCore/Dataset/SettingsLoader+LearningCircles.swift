extension SettingsLoader {
    /// `leerkring_drempel` is a percentage from 1 to 100; `leerkring_maximum` at least 3 (a circle's minimum).
    static func loadLearningCircles(_ map: YAMLMap, source: YAMLSource, into settings: inout Settings,
                                    diagnostics: inout Diagnostics) {
        if let value = map.integer("leerkring_drempel", diagnostics: &diagnostics) {
            if (1...100).contains(value) {
                settings.learningCircleThreshold = value
            } else {
                diagnostics.error(.settings, at: source.location(map.value("leerkring_drempel")!),
                                  Messages.settingsRange("leerkring_drempel", 1, 100))
            }
        }
        if let value = map.integer("leerkring_maximum", diagnostics: &diagnostics) {
            if value >= 3 {
                settings.learningCircleMaximum = value
            } else {
                diagnostics.error(.settings, at: source.location(map.value("leerkring_maximum")!),
                                  Messages.settingsRange("leerkring_maximum", 3, nil))
            }
        }
    }
}
