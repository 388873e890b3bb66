import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import WaymarkTestSupport
@testable import WaymarkKit

/// `check --format junit`: well-formed XML with one test case a programme, failing for
/// its errors and overdue milestones.
struct JUnitCheckRendererTests {
    static let today = Day(year: 2024, month: 10, day: 1)!

    /// Checks `files` (name → YAML) written to a temporary folder, plus the worked example.
    private func check(_ files: [String: String]) throws -> (result: CheckResult, xml: XMLDocument, folder: String) {
        try withTemporaryDirectory { folder in
            for (name, text) in files {
                try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
            let paths = [Fixtures.path("programmes/riverside-hubs.yaml"), folder.path]
            let result = Waymark.check(paths: paths, asOf: nil, today: Self.today)
            let xml = try XMLDocument(xmlString: CheckFormat.junit.render(result), options: [])
            return (result, xml, folder.path)
        }
    }

    private func testCases(_ xml: XMLDocument) throws -> [XMLElement] {
        try xml.nodes(forXPath: "/testsuites/testsuite/testcase").compactMap { $0 as? XMLElement }
    }

    private func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attribute(forName: name)?.stringValue
    }

    @Test func oneTestCasePerProgrammeAndPerBrokenFile() throws {
        let (result, xml, folder) = try check([
            "clean.yaml": "programme:\n  id: clean\n  name: Clean\n",
            "broken.yaml": "programme:\n  id: broken\n  name: [unclosed\n",
        ])
        let cases = try testCases(xml)
        #expect(cases.count == 3)
        #expect(cases.compactMap { attribute($0, "name") } == ["riverside-hubs", "clean", "\(folder)/broken.yaml"])
        #expect(cases.map { attribute($0, "classname") } == cases.map { attribute($0, "file") })
        #expect(result.reports.count == 2)

        let suite = try #require(xml.rootElement()?.elements(forName: "testsuite").first)
        #expect(attribute(suite, "tests") == "3")
        #expect(attribute(suite, "failures") == "2")
        #expect(try xml.nodes(forXPath: "//testcase[@name='clean']/failure").isEmpty)
        let broken = try xml.nodes(forXPath: "//testcase[@name='\(folder)/broken.yaml']/failure")
        #expect(broken.count == 1)
        #expect((broken.first as? XMLElement).flatMap { attribute($0, "type") } == "yaml-syntax")
    }

    @Test func failuresAreTheErrorsAndOverdueMilestones() throws {
        let (result, xml, _) = try check([:])
        let riverside = Fixtures.path("programmes/riverside-hubs.yaml")
        let expected = result.diagnostics.filter { $0.location.file == riverside && ($0.severity == .error || $0.code == .overdue) }
        #expect(expected.contains { $0.code == .overdue })
        let failures = try xml.nodes(forXPath: "//testcase[@name='riverside-hubs']/failure").compactMap { $0 as? XMLElement }
        #expect(failures.count == expected.count)
        for (failure, diagnostic) in zip(failures, expected) {
            #expect(attribute(failure, "type") == diagnostic.code.rawValue)
            #expect(attribute(failure, "message") == "\(diagnostic.location): \(diagnostic.message)")
            #expect(failure.stringValue?.contains("[\(diagnostic.code.rawValue)]") == true)
        }
        // Other warnings, and the summary, are output rather than failures.
        let output = try xml.nodes(forXPath: "//testcase[@name='riverside-hubs']/system-out").first?.stringValue ?? ""
        #expect(output.contains("riverside-hubs: "))
        #expect(output.contains("[risk-review-overdue]"))
        #expect(!output.contains("[overdue]"))
    }

    @Test func textFromTheFilesIsEscaped() throws {
        let key = #"a<b>&'c"d"#
        let (result, xml, folder) = try check([
            "odd.yaml": "programme:\n  id: odd\n  name: Odd\n  '\(key.replacingOccurrences(of: "'", with: "''"))': 1\n",
        ])
        let diagnostic = try #require(result.diagnostics.first { $0.code == .unknownKey && $0.location.file.hasPrefix(folder) })
        #expect(diagnostic.message.contains(key))
        let failure = try #require(try xml.nodes(forXPath: "//testcase[@name='odd']/failure").first as? XMLElement)
        #expect(attribute(failure, "message") == "\(diagnostic.location): \(diagnostic.message)")
    }

    @Test func anEmptyRunIsAnEmptySuite() throws {
        let result = Waymark.check(files: [], asOf: nil, today: Self.today)
        let xml = try XMLDocument(xmlString: CheckFormat.junit.render(result), options: [])
        #expect(xml.rootElement()?.name == "testsuites")
        #expect(try testCases(xml).isEmpty)
    }

    /// GitLab shows `<system-out>` as it is: the summary and each warning on a line of
    /// their own, not one long line with U+FFFD where the breaks were.
    @Test func systemOutKeepsItsLineBreaks() throws {
        let (result, xml, _) = try check([:])
        let riverside = Fixtures.path("programmes/riverside-hubs.yaml")
        let report = try #require(result.reports.first { $0.programme.id == "riverside-hubs" })
        let outputDiagnostics = result.diagnostics.filter { $0.location.file == riverside && !JUnitCheckRenderer.fails($0) }
        #expect(outputDiagnostics.count >= 2)
        let output = try #require(try xml.nodes(forXPath: "//testcase[@name='riverside-hubs']/system-out").first?.stringValue)
        #expect(!output.contains("\u{FFFD}"))
        // One line for the summary, then one a warning or notice, in order.
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines == [TextCheckRenderer().summary(report, errors: 0)]
            + outputDiagnostics.map { "\($0.severity.rawValue): \($0.location): \($0.message) [\($0.code.rawValue)]" })
    }

    @Test func elementTextKeepsTabsAndBreaksButNotOtherControlCharacters() throws {
        // A finding in a file with no programme goes to its test case's output as it is.
        let location = SourceLocation(file: "programmes/odd.yaml", line: 2, column: 3)
        let diagnostic = Diagnostic(.warning, .unknownKey, "a\u{1}b\tc\r\nd & <e>", at: location)
        let file = LoadedFile(path: location.file, content: nil, diagnostics: [diagnostic])
        let result = Waymark.check(files: [file], asOf: nil, today: Self.today)
        let rendered = CheckFormat.junit.render(result)
        #expect(rendered.contains("<system-out>warning: programmes/odd.yaml:2:3: a\u{FFFD}b\tc&#13;\nd &amp; &lt;e&gt; [unknown-key]</system-out>"))
        let xml = try XMLDocument(xmlString: rendered, options: [])
        let output = try xml.nodes(forXPath: "//system-out").first?.stringValue
        #expect(output == "warning: programmes/odd.yaml:2:3: a\u{FFFD}b\tc\r\nd & <e> [unknown-key]")
    }

    @Test func controlCharactersCannotBreakTheXML() throws {
        let location = SourceLocation(file: "programmes/x\u{1}y.yaml", line: 1, column: 1)
        let diagnostic = Diagnostic(.error, .wrongType, "bad \u{7} bell & <tag>", at: location)
        let file = LoadedFile(path: location.file, content: nil, diagnostics: [diagnostic])
        let result = Waymark.check(files: [file], asOf: nil, today: Self.today)
        let xml = try XMLDocument(xmlString: CheckFormat.junit.render(result), options: [])
        #expect(try xml.nodes(forXPath: "//failure").count == 1)
    }
}
