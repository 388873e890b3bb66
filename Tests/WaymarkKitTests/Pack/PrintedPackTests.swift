import Foundation
import Testing
import WaymarkTestSupport
@testable import WaymarkKit

/// The HTML packs of the real programmes printed by a real browser: headless Chromium
/// prints each page to PDF, poppler's `pdfinfo` and `pdftotext` read the PDF back. All
/// pages are printed once, one after another (Chromium is slow to start), and every test
/// below reads the same printouts.
@Suite(.requires(tool: "chromium"), .requires(tool: "pdfinfo"), .requires(tool: "pdftotext"))
struct PrintedPackTests {
    @Test func everyPageIsA4() throws {
        let printed = try PrintedPacks.shared.get()
        // A page a programme, and the portfolio index.
        #expect(printed.pages.count == printed.result.reports.count + 1)
        for page in printed.pages {
            // A4 is 210 × 297 mm: 595.28 × 841.89 points; Chromium writes 594.96 × 841.92.
            let size = try #require(page.info.split(separator: "\n").first { $0.hasPrefix("Page size:") }, "\(page.name)")
            let numbers = size.split(separator: " ").compactMap { Double($0) }
            try #require(numbers.count >= 2, "\(size)")
            #expect(abs(numbers[0] - 595) < 1 && abs(numbers[1] - 842) < 1, "\(page.name): \(size)")
        }
    }

    @Test func everyMilestoneTitleAndHeadlineFigureIsPrinted() throws {
        let printed = try PrintedPacks.shared.get()
        for report in printed.result.reports {
            let page = try #require(printed.pages.first { $0.name == "\(report.programme.id).html" })
            // Lines wrap and long words break wherever the page needs, so compare without spaces;
            // `-raw` keeps the order Chromium drew the text in, a table cell at a time.
            let text = PrintedPacks.squeezed(page.text)
            var expected = report.milestones.map { PlainText.oneLine($0.milestone.title) }
            expected.append("Overall RAG: \(Formatting.ragWord(report.rag.overall))")
            if let complete = report.completion.percentComplete {
                expected.append("\(Formatting.percent(complete)) complete")
            }
            let counted = report.milestones.filter { $0.state != .cancelled }
            if !counted.isEmpty {
                expected.append("\(counted.filter { $0.state == .complete }.count) of \(counted.count)")
            }
            expected.append(Formatting.count(report.overdue.count, "milestone"))
            let format = Formatting(currency: report.programme.currency)
            if let realised = report.realisedToDate, let target = report.targetToDate {
                expected += [format.money(realised), format.money(target)]
            }
            for phrase in expected {
                let printed = text.contains(PrintedPacks.squeezed(phrase))
                #expect(printed, "\(report.programme.id): '\(phrase)' is not printed")
            }
        }
    }

    @Test func theSummaryNamesEveryProgramme() throws {
        let printed = try PrintedPacks.shared.get()
        let page = try #require(printed.pages.first { $0.name == StatusPack.htmlSummaryName })
        let text = PrintedPacks.squeezed(page.text)
        for report in printed.result.reports {
            let name = PlainText.oneLine(report.programme.name)
            let found = text.contains(PrintedPacks.squeezed(name))
            #expect(found, "'\(name)' is not printed")
        }
    }

    @Test func aHostileFilesScriptNeverBecomesAnElement() throws {
        let printed = try PrintedPacks.shared.get()
        // The DOM Chromium built from the hostile fixture's page, serialised.
        #expect(!printed.hostileDOM.isEmpty)
        #expect(!printed.hostileDOM.lowercased().contains("<script"))
        #expect(!printed.hostileDOM.lowercased().contains("<img"))
        #expect(printed.hostileDOM.contains("&lt;script&gt;alert('name')&lt;/script&gt;"))
    }
}

/// Prints the pages once for the whole suite.
final class PrintedPacks: Sendable {
    struct Page: Sendable {
        let name: String
        let info: String
        let text: String
    }

    struct Printout: Sendable {
        let result: CheckResult
        let pages: [Page]
        let hostileDOM: String
    }

    static let shared = PrintedPacks()
    let printout: Result<Printout, PrintError>

    struct PrintError: Error, CustomStringConvertible, Sendable {
        let description: String
    }

    func get() throws -> Printout { try printout.get() }

    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    private init() {
        printout = Result { try Self.print() }.mapError { PrintError(description: "\($0)") }
    }

    private static func print() throws -> Printout {
        let chromium = try Requirements.tool("chromium")
        let pdfinfo = try Requirements.tool("pdfinfo")
        let pdftotext = try Requirements.tool("pdftotext")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-printed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = Waymark.check(paths: [ProgrammesTests.directory], asOf: nil, today: Day(parsing: "2026-01-01")!)
        let pages = try StatusPack.files(for: result, format: .html)
        let hostile = try StatusPack.files(for: PackFixtures.run(), format: .html)
            .filter { $0.name == "hostile-text.html" }
        for file in pages + hostile {
            try Data(file.contents.utf8).write(to: folder.appendingPathComponent(file.name))
        }
        let profile = folder.appendingPathComponent("profile").path
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(profile)"]
        var printed: [Page] = []
        for file in pages {
            let page = folder.appendingPathComponent(file.name)
            let pdf = folder.appendingPathComponent(file.name + ".pdf")
            let run = try Subprocess.run(chromium, flags + ["--print-to-pdf=\(pdf.path)", page.absoluteString])
            guard FileManager.default.fileExists(atPath: pdf.path) else {
                throw PrintError(description: "chromium printed no PDF for \(file.name): \(run.stderr)")
            }
            let info = try Subprocess.run(pdfinfo, [pdf.path]).stdout
            let text = try Subprocess.run(pdftotext, ["-raw", pdf.path, "-"]).stdout
            printed.append(Page(name: file.name, info: info, text: text))
        }
        let dom = try Subprocess.run(chromium, flags + ["--dump-dom", folder.appendingPathComponent("hostile-text.html").absoluteString])
        return Printout(result: result, pages: printed, hostileDOM: dom.stdout)
    }
}
