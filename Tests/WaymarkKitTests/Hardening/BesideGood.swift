import Foundation
@testable import WaymarkKit

/// One run holding a bad input and a good programme, as CI runs a folder: SPEC 6 asks
/// that every bad input ends in an error at its position *and* that the run goes on to
/// the other files.
struct BesideGood {
    let result: CheckResult
    /// The bad input's errors, in output order.
    let errors: [Diagnostic]

    static let good = "programme:\n  id: good\n  name: Good\n  as_of: 2024-03-31\n"

    init(_ bytes: [UInt8], name: String = "bad.yaml", limits: Limits = .standard) {
        let bad = ProgrammeLoader(limits: limits).load(bytes: bytes, file: name)
        self.init(bad, name: name)
    }

    init(_ text: String, name: String = "bad.yaml", limits: Limits = .standard) {
        self.init(Array(text.utf8), name: name, limits: limits)
    }

    init(_ bad: LoadedFile, name: String) {
        result = Waymark.check(files: [bad, Inputs.load(Self.good, name: "good.yaml")], asOf: nil,
                               today: Inputs.day("2024-03-31"))
        errors = result.diagnostics.filter { $0.location.file == name && $0.severity == .error }
    }

    /// Whether the good programme beside it was read and analysed, with no error.
    var goodWasChecked: Bool {
        result.reports.contains { $0.programme.id == "good" }
            && !result.diagnostics.contains { $0.location.file == "good.yaml" && $0.severity == .error }
    }

    /// `line:column code` of each error, the compact form the tests compare.
    var positions: [String] {
        errors.map { "\($0.location.line.map(String.init) ?? "-"):\($0.location.column.map(String.init) ?? "-") \($0.code.rawValue)" }
    }

    var first: Diagnostic? { errors.first }
}
