extension Messages {
    static func databaseFailed(_ reason: String) -> String { "database kan niet worden geschreven (SQLite: \(reason))" }
}
