import Testing
@testable import WaymarkKit

/// The checks' findings, typed: what the packs are built from. Each finding carries the
/// diagnostic `waymark check` prints for it, so the two can never disagree.
struct FindingTests {
    static let result = PackFixtures.run()

    static func kinds(_ programme: String) -> [Finding.Kind] {
        result.findings.filter { $0.programme == programme }.map(\.kind)
    }

    @Test func riversideFindingsAreTypedByItem() throws {
        let kinds = Self.kinds("riverside-hubs")
        // As at 30 Sep 2024: north hub (forecast 15 Sep) is overdue and slipped past its
        // 30 Jun baseline; south hub (due 15 Oct, 15 days away) is due soon and waits on it.
        #expect(kinds.contains(.overdue(milestone: "north-hub-open")))
        #expect(kinds.contains(.slipped(milestone: "north-hub-open")))
        #expect(kinds.contains(.dueSoon(milestone: "south-hub-open")))
        let blocked = kinds.compactMap { kind -> String? in
            if case let .blocked(milestone, on) = kind { return "\(milestone) on \(on.text)" }
            return nil
        }
        #expect(blocked == ["south-hub-open on north-hub-open"])
        // R1 was due for review on 1 Sep 2024; R3 has no scores.
        #expect(kinds.contains(.riskReviewOverdue(risk: "R1")))
        #expect(kinds.contains(.unassessedRisk(risk: "R3")))
        #expect(!kinds.contains(.riskReviewOverdue(risk: "R2")))
    }

    @Test func everyFindingIsAlsoADiagnostic() {
        let diagnostics = Set(Self.result.diagnostics)
        for finding in Self.result.findings {
            #expect(diagnostics.contains(finding.diagnostic), "\(finding.diagnostic)")
        }
        #expect(Self.result.findings == Self.result.findings.sorted())
    }

    @Test func aReferenceToAProgrammeNotInTheRunIsAFindingOfItsHolder() {
        let result = Inputs.check("""
            programme: {id: p, name: P, as_of: 2024-03-31}
            milestones:
              - {id: m1, title: M1, due: 2024-06-30, depends_on: [elsewhere/m9]}
            """)
        let kinds = result.findings.map(\.kind)
        #expect(kinds.count == 1)
        if case let .unresolvedReference(holder, reference) = kinds.first {
            #expect(holder == .milestone("m1"))
            #expect(reference.text == "elsewhere/m9")
        } else {
            Issue.record("expected an unresolved reference, got \(kinds)")
        }
    }
}
