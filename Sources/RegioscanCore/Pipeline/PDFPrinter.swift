import Foundation

/// Prints `rapport.html` to `rapport.pdf` with headless Chromium (A4, page numbers from the print stylesheet).
/// Optional: without Chromium the run still succeeds and the user learns in Dutch how to get it.
public struct PDFPrinter: Sendable {
    public enum Outcome: Sendable, Equatable {
        case written(String)
        case browserMissing
        case failed(String)
    }

    /// Browser names tried in this order on the search path (Debian's package is `chromium`).
    public static let browsers = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The folders searched for a browser; `PATH` unless a test gives others.
    public var searchPath: [String]
    public var timeout: TimeInterval = 180

    public init(searchPath: [String]? = nil) {
        self.searchPath = searchPath
            ?? (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    }

    public var browser: String? {
        for name in Self.browsers {
            for folder in searchPath {
                let path = (folder as NSString).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    /// Prints `<folder>/rapport.html` to `<folder>/rapport.pdf`.
    public func print(folder: String) -> Outcome {
        guard let browser else { return .browserMissing }
        let html = URL(fileURLWithPath: folder).appendingPathComponent("rapport.html").standardizedFileURL
        let pdf = (folder as NSString).appendingPathComponent("rapport.pdf")
        try? FileManager.default.removeItem(atPath: pdf)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        // Chromium refuses to start as root without --no-sandbox (containers, CI).
        var arguments = ["--headless", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(pdf)"]
        if getuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
        process.arguments = arguments + [html.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return .failed(error.localizedDescription) }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            return .failed(Messages.pdfTimeout)
        }
        guard FileManager.default.fileExists(atPath: pdf) else { return .failed(Messages.pdfNotWritten(process.terminationStatus)) }
        return .written(pdf)
    }

    /// The line the command prints for an outcome.
    public static func message(_ outcome: Outcome) -> String {
        switch outcome {
        case .written(let path): Messages.pdfWritten(path)
        case .browserMissing: Messages.pdfBrowserMissing
        case .failed(let reason): Messages.pdfFailed(reason)
        }
    }
}
