import Testing
@testable import WaymarkKit

/// Cycles found on milestone numbers rather than names: a repeated id is still one
/// milestone to the graph, a milestone whose id a workstream took first cannot be
/// reached, and a long cycle's message gives the first twelve and the count.
struct DependencyGraphTests {
    private func cycles(_ yaml: String) -> [Diagnostic] {
        Inputs.check(yaml).diagnostics.filter { $0.code == .dependencyCycle }
    }

    /// m0 → m1 → … → m12 → m0: thirteen milestones, more than the twelve a message
    /// lists. m0 sorts first by id, so the cycle starts there, at m0's reference (line 3).
    @Test func longCycleListsTwelveAndTheCount() {
        let lines = (0..<13).map { "  - {id: m\($0), title: M, due: 2024-06, depends_on: [m\(($0 + 1) % 13)]}" }
        let found = cycles("programme: {id: p, name: P}\nmilestones:\n" + lines.joined(separator: "\n") + "\n")
        #expect(found.map(\.message) == [
            "milestones depend on each other in a cycle: m0 → m1 → m2 → m3 → m4 → m5 → m6 → m7 → m8 → m9 → m10 → m11"
                + " → … (13 milestones in all) → m0",
        ])
        #expect(found.first?.location.line == 3)
    }

    /// Two milestones with id a (the second is a duplicate-id error) are one node: its
    /// edges are a → b (line 3) and a → c (line 5), and c → a closes a → c → a, reported
    /// at the reference from a to c, on line 5.
    @Test func repeatedIdIsOneMilestone() {
        let found = cycles("""
            programme: {id: p, name: P}
            milestones:
              - {id: a, title: A, due: 2024-06, depends_on: [b]}
              - {id: b, title: B, due: 2024-06}
              - {id: a, title: A again, due: 2024-06, depends_on: [c]}
              - {id: c, title: C, due: 2024-06, depends_on: [a]}

            """)
        #expect(found.map(\.message) == ["milestones depend on each other in a cycle: a → c → a"])
        #expect(found.first?.location.line == 5)
    }

    /// The id w names the workstream (listed first), so the milestone w's dependency on
    /// w names a workstream: an unknown-reference error, and no cycle.
    @Test func milestoneShadowedByAWorkstreamIsNoCycle() {
        let result = Inputs.check("""
            programme: {id: p, name: P}
            workstreams:
              - {id: w, name: W}
            milestones:
              - {id: w, title: W, due: 2024-06, depends_on: [w]}

            """)
        #expect(result.diagnostics.filter { $0.code == .dependencyCycle }.isEmpty)
        #expect(result.diagnostics.filter { $0.code == .unknownReference }.map(\.message)
                    == ["milestone 'w' refers to 'w', which is a workstream, not a milestone"])
    }
}
