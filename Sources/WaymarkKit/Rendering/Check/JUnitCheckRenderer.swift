/// JUnit XML, for CI systems that show test reports (GitLab's merge request widget,
/// Jenkins, Azure Pipelines): one test case a programme, failing with one `<failure>`
/// for each error and each overdue milestone in its file. A file that holds no
/// programme (it failed to load, or it is the portfolio file) gets a test case of its
/// own when something is wrong with it. Other warnings, and the programme's summary
/// line, go in the test case's `<system-out>`.
///
/// No timestamps or durations: the same inputs give the same report.
struct JUnitCheckRenderer {
    func render(_ result: CheckResult) -> String {
        let cases = testCases(result)
        let failing = cases.filter { !$0.failures.isEmpty }.count
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<testsuites name="waymark check" tests="\#(cases.count)" failures="\#(failing)" errors="0">"#,
            #"  <testsuite name="waymark check" tests="\#(cases.count)" failures="\#(failing)" errors="0" skipped="0">"#,
        ]
        for testCase in cases {
            lines += testCase.xml
        }
        lines += ["  </testsuite>", "</testsuites>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether a diagnostic fails its test case: errors, and overdue milestones (what
    /// `check --fail-on overdue` fails on).
    static func fails(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.severity == .error || diagnostic.code == .overdue
    }

    private struct TestCase {
        let classname: String
        let name: String
        let file: String
        var isProgramme = false
        var failures: [Diagnostic] = []
        var output: [String] = []

        var xml: [String] {
            let open = #"    <testcase classname="\#(escape(classname))" name="\#(escape(name))" file="\#(escape(file))" time="0""#
            guard !failures.isEmpty || !output.isEmpty else { return [open + "/>"] }
            var lines = [open + ">"]
            for d in failures {
                let line = "\(d.severity.rawValue): \(d.location): \(d.message) [\(d.code.rawValue)]"
                let message = escape("\(d.location): \(d.message)")
                lines.append(#"      <failure type="\#(escape(d.code.rawValue))" message="\#(message)">\#(escape(line, inAttribute: false))</failure>"#)
            }
            if !output.isEmpty {
                lines.append("      <system-out>\(escape(output.joined(separator: "\n"), inAttribute: false))</system-out>")
            }
            lines.append("    </testcase>")
            return lines
        }
    }

    private func testCases(_ result: CheckResult) -> [TestCase] {
        var cases: [TestCase] = []
        var caseForFile: [String: Int] = [:]
        for (report, summary) in zip(result.reports, TextCheckRenderer().summaries(result)) {
            let file = report.programme.file
            caseForFile[file] = cases.count
            cases.append(TestCase(classname: file, name: report.programme.id, file: file, isProgramme: true,
                                  output: [summary]))
        }
        // Files without a programme: what is wrong with them needs a place too.
        for file in result.files where caseForFile[file.path] == nil {
            let name = if case .portfolio = file.content { "portfolio" } else { file.path }
            caseForFile[file.path] = cases.count
            cases.append(TestCase(classname: file.path, name: name, file: file.path))
        }
        for d in result.diagnostics {
            let index: Int
            if let known = caseForFile[d.location.file] {
                index = known
            } else {
                index = cases.count
                caseForFile[d.location.file] = index
                cases.append(TestCase(classname: d.location.file, name: d.location.file, file: d.location.file))
            }
            if Self.fails(d) {
                cases[index].failures.append(d)
            } else {
                cases[index].output.append("\(d.severity.rawValue): \(d.location): \(d.message) [\(d.code.rawValue)]")
            }
        }
        // A clean portfolio file is not a test: keep only cases with a programme or a finding.
        return cases.filter { $0.isProgramme || !$0.failures.isEmpty || !$0.output.isEmpty }
    }
}

/// Text made safe for XML 1.0 content and attribute values. Characters XML cannot hold
/// at all (most control characters) become U+FFFD. Line feeds and tabs stay as they are
/// in element text, so that a report's `<system-out>` keeps one finding a line; in an
/// attribute they are character references, or a parser would fold them into spaces. A
/// carriage return is always a reference, since a parser drops it before a line feed.
private func escape(_ text: String, inAttribute: Bool = true) -> String {
    var out = ""
    out.reserveCapacity(text.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"" where inAttribute: out += "&quot;"
        case "'" where inAttribute: out += "&apos;"
        case "\n" where !inAttribute, "\t" where !inAttribute:
            out.unicodeScalars.append(scalar)
        case "\n", "\r", "\t":
            out += "&#\(scalar.value);"
        case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
            out += "\u{FFFD}"
        default:
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}
