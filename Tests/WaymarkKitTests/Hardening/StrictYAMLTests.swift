import Testing
@testable import WaymarkKit

/// YAML 1.2 rules libyaml lets through (see `StrictYAML`): each is refused at its
/// position, and the valid forms beside it are not.
@Suite struct StrictYAMLTests {
    @Test(arguments: [
        ("programme: {id: p, name: P}#note\n", "1:28"),
        ("programme: [a, b,#note\n  ]\n", "1:18"),
        ("programme:\n  id: p\n  name: \"P\"#note\n", "3:12"),
        ("programme:\n  id: p\n  name: 'P'#note\n", "3:12"),
        ("programme:\n  id: p\n  name: P\n  summary: >#note\n    text\n", "4:13"),
        ("%YAML 1.2#note\n---\nprogramme: {id: p, name: P}\n", "1:10"),
    ])
    func commentWithoutASpace(_ text: String, _ position: String) {
        let run = BesideGood(text)
        // Reading goes on past the violation, so a list given as the programme is
        // reported too (at the list, 1:12).
        let more = text.hasPrefix("programme: [") ? ["1:12 wrong-type"] : []
        #expect(run.positions == more + ["\(position) yaml-syntax"])
        #expect(run.errors.first { $0.code == .yamlSyntax }?.message == "invalid YAML: a comment needs a space before its '#'")
        #expect(run.goodWasChecked)
    }

    @Test(arguments: [
        ("programme: {id: p,\nname: P}\n", "2:1", "mapping begun on line 1", 0),
        ("programme:\n  id: p\n  name: \"two\n  lines\"\n", "4:3", "quoted text begun on line 3", 2),
        ("programme:\n  id: p\n  name: \"two\n\tlines\"\n", "4:2", "quoted text begun on line 3", 2),
        ("programme:\n  id: p\n  name: P\nmilestones:\n  - {id: m, title: T,\n  due: 2024-03}\n", "6:3", "mapping begun on line 5", 2),
    ])
    func continuationLineNotIndented(_ text: String, _ position: String, _ what: String, _ indent: Int) {
        let run = BesideGood(text)
        #expect(run.positions == ["\(position) yaml-syntax"])
        #expect(run.first?.message == "invalid YAML: this line continues the \(what), so it must be indented with more than \(indent) space\(indent == 1 ? "" : "s") (tabs do not count)")
        #expect(run.goodWasChecked)
    }

    @Test func loneDashInAFlowList() {
        let run = BesideGood("programme: {id: p, name: P}\nmilestones: [-]\n")
        // Reading goes on, so the '-' is also reported as a milestone that is not a mapping.
        #expect(run.positions == ["2:14 wrong-type", "2:14 yaml-syntax"])
        #expect(run.goodWasChecked)
    }

    @Test func blankLinesWiderThanABlockScalar() {
        // libyaml takes the widest blank line as the indentation, so the comment line
        // after it ends the text instead of being its first line.
        let run = BesideGood("programme:\n  id: p\n  name: P\n  summary: >\n     \n   # comment\n")
        #expect(run.positions == ["5:1 yaml-syntax"])
        #expect(run.goodWasChecked)
    }

    @Test func validFormsAreNotRefused() {
        let run = BesideGood("""
            programme:
              id: p
              name: "P" # a comment after a space
              summary: >  # so here
                text with a # in it, and http://example.org/#fragment
              manager: a#b
              sro: "two
                lines"
              organisation: [Council,
                Borough]
              currency: "GBP"
            milestones: [
              {id: m1, title: "-", due: 2024-03,
               depends_on: [-m2]},
              {id: -m2, title: 'it''s', due: 2024-03}
            ]
            risks:
              - id: R1
                title: |

                  after a blank line
            """)
        #expect(run.errors.map(\.description).allSatisfy { !$0.contains("yaml-syntax") }, "\(run.errors.map(\.description))")
        #expect(run.goodWasChecked)
    }
}
