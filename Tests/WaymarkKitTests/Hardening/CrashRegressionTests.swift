import Foundation
import Testing
@testable import WaymarkKit

/// Inputs that once stopped a run with a trap, or slipped through it unreported, found
/// by fuzzing (Scripts/fuzz.sh) or by reading the code; each kept as a test. The run
/// must finish, every output format must render, and the good file beside them must
/// be checked.
@Suite struct CrashRegressionTests {
    private func rendersEverywhere(_ run: BesideGood) {
        for format in CheckFormat.allCases {
            let output = format.render(run.result)
            #expect(!output.isEmpty)
            #expect(output != "{}\n", "the JSON encoder failed (a non-finite figure?)")
        }
    }

    /// A level benefit whose actual moved a long way the wrong way against a tiny
    /// planned change: realisation -1e24, and `Int(-1e26)` trapped in the message's
    /// percentage. Now the tiny figure is refused, and any huge ratio is shown as is.
    @Test func hugeNegativeRealisation() {
        let run = BesideGood("""
            programme: {id: p, name: P, as_of: 2024-03-31}
            benefits:
              - id: b
                title: B
                kind: level
                unit: children
                baseline: 0
                targets: {FY2023-24: 0.000000001}
                actuals: {FY2023-24: -1000000000000000}
            """)
        #expect(run.positions == ["8:26 out-of-range"])
        rendersEverywhere(run)
        #expect(run.goodWasChecked)
    }

    @Test func hugeRatioOfFiguresWithinTheBounds() {
        let run = BesideGood("""
            programme: {id: p, name: P, as_of: 2024-03-31}
            benefits:
              - {id: b, title: B, kind: level, unit: children, baseline: 0,
                 targets: {FY2023-24: 0.000001}, actuals: {FY2023-24: -1000000000000000}}
            """)
        #expect(run.errors.isEmpty)
        let behind = run.result.diagnostics.first { $0.code == .benefitBehind }
        #expect(behind?.message == "benefit 'b' is red: -1e+23% of its target to date")
        rendersEverywhere(run)
        #expect(run.goodWasChecked)
    }

    /// Weights of 1e308 summed to infinity, so percent complete was NaN: `Int(NaN)`
    /// trapped in the text summary and the JSON encoder gave up (printing `{}`).
    @Test func weightsThatOverflow() {
        let run = BesideGood("""
            programme: {id: p, name: P, as_of: 2024-03-31}
            milestones:
              - {id: a, title: A, due: 2024-01-01, weight: 1e308, progress: 50}
              - {id: b, title: B, due: 2024-01-01, weight: 1e308}
            """)
        #expect(run.positions == ["3:48 out-of-range", "4:48 out-of-range"])
        rendersEverywhere(run)
        #expect(run.goodWasChecked)
    }

    @Test func extremeFiguresNeverTrapTheFormatting() {
        for value in [Double.infinity, -.infinity, .nan, 1e300, -1e300, 9.3e16, -9.3e16] {
            #expect(!percent(value).isEmpty)
            #expect(!oneDecimal(value).isEmpty)
        }
        #expect(percent(0.625) == "63%")
        #expect(oneDecimal(62.45) == "62.5")
    }

    /// Fuzzing, 2026-11-25 (crash-eae943f6…): `portfolio: !`, like `portfolio:`, was a
    /// portfolio file with no value, read as nothing at all: no content and no error,
    /// so `waymark check` passed it with exit 0.
    @Test(arguments: [("portfolio: !", "1:12"), ("portfolio:\n", "1:11"), ("portfolio: ~\n", "1:12")])
    func emptyPortfolioIsAnError(_ text: String, _ position: String) {
        let run = BesideGood(text)
        #expect(run.positions == ["\(position) missing-key"])
        #expect(run.first?.message == "the portfolio file: 'portfolio' has no value")
        #expect(run.goodWasChecked)
    }
}
