import Foundation
import Testing
@testable import RegioscanCore

@Suite("rapport.pdf met Chromium", .serialized)
struct PDFPrinterTests {
    @Test func withoutChromiumTheMessageSaysInDutchHowToGetIt() throws {
        let empty = NSTemporaryDirectory() + "regioscan-leeg-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let printer = PDFPrinter(searchPath: [empty])
        #expect(printer.browser == nil)
        let outcome = printer.print(folder: empty)
        #expect(outcome == .browserMissing)
        let message = PDFPrinter.message(outcome)
        #expect(message.contains("apt-get install chromium"))
        #expect(message.contains("Het rapport zelf is wel geschreven"))
        #expect(!FileManager.default.fileExists(atPath: empty + "/rapport.pdf"))
    }

    @Test func aBrowserOnTheSearchPathIsFound() throws {
        let folder = NSTemporaryDirectory() + "regioscan-pad-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fake = folder + "/chromium"
        // A stand-in that writes the file named by --print-to-pdf, as Chromium does.
        try "#!/bin/sh\nfor a in \"$@\"; do case $a in --print-to-pdf=*) printf '%%PDF-1.4' > \"${a#--print-to-pdf=}\";; esac; done\n"
            .write(toFile: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake)
        try "<html></html>".write(toFile: folder + "/rapport.html", atomically: true, encoding: .utf8)
        let printer = PDFPrinter(searchPath: [folder])
        #expect(printer.browser == fake)
        #expect(printer.print(folder: folder) == .written(folder + "/rapport.pdf"))
    }

    @Test func thePrintStylesheetNumbersPagesAndPrintsTheNumbersBehindFigures() throws {
        let css = try String(contentsOfFile: ProjectPaths.templates + "/rapport.css", encoding: .utf8)
        #expect(css.contains("size: A4"))
        #expect(css.contains("counter(page)"))
        // A folded <details> does not unfold on paper: print swaps it for a copy of the numbers.
        #expect(css.contains(".cijfers-print { display: none; }") && css.contains(".cijfers-print { display: block; }"))
        #expect(css.contains("details { display: none; }"))
        // The printed copy of a wide table fits the page width.
        #expect(css.contains(".cijfers-print > table { table-layout: fixed; width: 100%; }"))
        #expect(!css.contains("details > table"))
        #expect(!css.contains("details:not([open]) { display: none; }"))
        #expect(css.contains("th[scope=\"row\"] { white-space: nowrap; }"))
    }
}
