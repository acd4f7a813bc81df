extension Messages {
    /// A setting outside its range; `upper` nil means "at least `lower`".
    static func settingsRange(_ key: String, _ lower: Int, _ upper: Int?) -> String {
        if let upper { return "veld \"\(key)\" moet een geheel getal van \(lower) tot en met \(upper) zijn" }
        return "veld \"\(key)\" moet minstens \(lower) zijn"
    }
}
