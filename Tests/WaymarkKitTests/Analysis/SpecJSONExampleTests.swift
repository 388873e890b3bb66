import Foundation
import Testing
@testable import WaymarkKit

/// The figures of SPEC 5's JSON example still hold under v1.1, for a programme built to
/// give them (the keys this branch touches: benefits, RAG and the realised figures).
@Suite struct SpecJSONExampleTests {
    @Test func theExampleFiguresComeOut() throws {
        // As of 31 Mar 2024. m1 due 19 Mar 2024 at 80%: overdue by 12 days, red.
        // b1: FY2023-24 ends on as_of, so its whole target 100 counts; FY2024-25 (200) has
        // not started: target to date 100, actual 95 → 0.95, amber; totals 300 and 95;
        // nothing outside the profile. R1 4 × 5 = 20, high, red. Overall red.
        // Realised 95 against 100; other realised 0; no budget, so net benefit null.
        let yaml = """
            programme: {id: x, name: X, as_of: 2024-03-31}
            milestones:
              - {id: m1, title: M, due: 2024-03-19, progress: 80}
            benefits:
              - {id: b1, title: B, unit: GBP, targets: {FY2023-24: 100, FY2024-25: 200}, actuals: {FY2023-24: 95}}
            risks:
              - {id: R1, title: R, likelihood: 4, impact: 5}
            """
        let json = JSONCheckRenderer().render(Inputs.check(yaml))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let p = try #require((object["programmes"] as? [[String: Any]])?.first)
        let m1 = try #require((p["milestones"] as? [[String: Any]])?.first)
        #expect(m1["state"] as? String == "overdue")
        #expect(m1["days_overdue"] as? Int == 12)
        let b1 = try #require((p["benefits"] as? [[String: Any]])?.first)
        #expect(b1["target_to_date"] as? Double == 100)
        #expect(b1["actual_to_date"] as? Double == 95)
        #expect(b1["realisation"] as? Double == 0.95)
        #expect(b1["total_target"] as? Double == 300)
        #expect(b1["total_actual"] as? Double == 95)
        #expect(b1["total_stretch"] is NSNull)
        #expect(b1["latest_actual"] is NSNull)
        #expect(b1["actual_outside_profile"] as? Double == 0)
        #expect(b1["status"] as? String == "active")
        #expect(b1["rag"] as? String == "amber")
        #expect(p["rag"] as? [String: String] == ["schedule": "red", "benefits": "amber", "risks": "red", "overall": "red"])
        #expect(p["realised_to_date"] as? Double == 95)
        #expect(p["target_to_date"] as? Double == 100)
        #expect(p["other_realised_to_date"] as? Double == 0)
        #expect(p["net_benefit_to_date"] is NSNull)
    }
}
