import Foundation
import Testing

/// Compares `actual` with the golden file `Snapshots/<name>` beside the tests.
///
/// Set `WAYMARK_RECORD=1` to write the golden files instead: a recording run fails on
/// purpose, so every new or changed golden file is looked at before it is committed.
func assertSnapshot(_ actual: String, named name: String,
                    filePath: String = #filePath, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["WAYMARK_RECORD"] != nil {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded snapshot \(name); unset WAYMARK_RECORD and run again", sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no snapshot \(name); run with WAYMARK_RECORD=1 to record it", sourceLocation: sourceLocation)
        return
    }
    if actual != expected {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
        let got = line < a.count ? String(a[line]) : "<end>"
        let want = line < e.count ? String(e[line]) : "<end>"
        Issue.record("snapshot \(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)",
                     sourceLocation: sourceLocation)
    }
}

/// The fixtures folder shipped with the tests.
enum Fixtures {
    static var directory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    }

    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }
}
