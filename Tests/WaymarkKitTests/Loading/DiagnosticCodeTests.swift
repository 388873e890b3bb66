import Testing
@testable import WaymarkKit

/// One test a diagnostic code: the code, its position, and enough of the message.
@Suite struct DiagnosticCodeTests {
    private func only(_ result: CheckResult, _ severity: Severity = .error) -> [Diagnostic] {
        result.diagnostics.filter { $0.severity == severity }
    }

    @Test func yamlSyntaxUnterminatedQuote() {
        let result = Inputs.check("""
            programme:
              id: p
              name: "Unterminated
            milestones: []
            """)
        let d = only(result)
        #expect(d.count == 1)
        #expect(d.first?.code == .yamlSyntax)
        #expect(d.first?.location.line == 3 || d.first?.location.line == 4)
        #expect(d.first?.message.hasPrefix("invalid YAML: ") == true)
    }

    @Test func yamlSyntaxTabIndentation() {
        let d = only(Inputs.check("programme:\n\tid: p\n\tname: P\n"))
        #expect(d.map(\.code) == [.yamlSyntax])
        #expect(d.first?.location.line == 2)
        #expect(d.first?.message.contains("indent with spaces, not tabs") == true)
    }

    @Test func duplicateKeyIsReportedAtTheSecondAndCheckingGoesOn() {
        let result = Inputs.check("""
            programme:
              id: p
              name: P
              name: Q
            milestones:
              - id: m1
                title: T
                due: 2024-13
                title: U
            """)
        #expect(only(result).map { "\($0.location.line!):\($0.location.column!) \($0.code.rawValue)" } == [
            "4:3 duplicate-key", "8:10 invalid-date", "9:5 duplicate-key",
        ])
        #expect(only(result).first?.message == "key 'name' is given twice in this mapping (first at line 3); the first value is used")
    }

    @Test func duplicateKeyInFlowMappingIsStillReported() {
        let d = only(Inputs.check("programme: {id: p, name: P, id: q}\n"))
        #expect(d.map(\.code) == [.duplicateKey])
        #expect(d.first?.location.line == 1)
    }

    @Test func missingKeyAndEmptyValue() {
        let result = Inputs.check("""
            programme:
              id: p
              name:
            milestones:
              - id: m1
                due: 2024-03
            """)
        #expect(only(result).map { "\($0.location.line!):\($0.location.column!) \($0.code.rawValue)" } == [
            "3:8 missing-key", "5:5 missing-key",
        ])
    }

    @Test func noProgrammeSection() {
        let d = only(Inputs.check("milestones: []\n"))
        #expect(d.map(\.code) == [.missingKey])
        #expect(d.first?.message == "the file is missing required key 'programme'")
    }

    @Test func wrongTypes() {
        let result = Inputs.check(header + """
            milestones:
              id: m1
            benefits:
              - not a mapping
            risks:
              - id: R1
                title: [a, list]
            """)
        #expect(only(result).map { "\($0.location.line!):\($0.location.column!) \($0.code.rawValue)" } == [
            "6:3 wrong-type", "8:5 wrong-type", "11:12 wrong-type",
        ])
        #expect(only(result).first?.message == "the file: 'milestones' should be a list, not a mapping")
    }

    @Test func invalidPeriods() {
        let result = Inputs.check(header + """
            benefits:
              - id: b1
                title: B
                unit: GBP
                targets: {FY2024-26: 1, 2024-13: 2}
                stretch: {total: 10, FY2024-25: 5}
                actuals: {FY2024-25: 3, 2024-07: 1}
            """)
        #expect(only(result).map { "\($0.location.line!):\($0.location.column!) \($0.code.rawValue)" } == [
            "9:15 invalid-period", "9:29 invalid-period", "10:14 invalid-period", "11:29 invalid-period",
        ])
        #expect(only(result).last?.message == "benefit 'b1': 2024-07 in 'actuals' overlaps FY2024-25; each day may be counted in one period only")
    }

    @Test func monthInsideAFinancialYearOverlapsOnlyWhenTheYearCoversIt() {
        // With a January year, FY2024-25 is calendar 2024, so 2025-02 lies outside it.
        let yaml = """
            programme:
              id: p
              name: P
              financial_year_start: 1
            benefits:
              - id: b1
                title: B
                unit: GBP
                targets: {FY2024-25: 1, 2025-02: 2}
            """
        #expect(only(Inputs.check(yaml)).isEmpty)
        let april = yaml.replacingOccurrences(of: "  financial_year_start: 1\n", with: "")
        #expect(only(Inputs.check(april)).map(\.code) == [.invalidPeriod])
    }

    @Test func outOfRange() {
        let result = Inputs.check(header + """
            milestones:
              - {id: m1, title: T, due: 2024-03, progress: -1, weight: -2}
            risks:
              - {id: R1, title: R, likelihood: 0, impact: 2.5}
            """)
        #expect(only(result).map(\.code) == [.outOfRange, .outOfRange, .outOfRange, .outOfRange])
    }

    @Test func duplicateIdAcrossLists() {
        let result = Inputs.check(header + """
            workstreams:
              - {id: x, name: X}
            risks:
              - {id: x, title: R}
            """)
        #expect(only(result).map { "\($0.location.line!):\($0.location.column!) \($0.code.rawValue)" } == ["8:10 duplicate-id"])
        #expect(only(result).first?.message == "risk id 'x' is already used by a workstream at line 6; ids are unique across all lists of a programme")
    }

    @Test func duplicateProgrammeIdAcrossFiles() {
        let result = Inputs.check([("a.yaml", "programme: {id: p, name: A}\n"), ("b.yaml", "programme: {id: p, name: B}\n")])
        #expect(only(result).map(\.code) == [.duplicateId])
        #expect(only(result).first?.location.file == "b.yaml")
    }

    @Test func unknownReferences() {
        let result = Inputs.check(header + """
            milestones:
              - {id: m1, title: T, due: 2024-06, workstream: nope, depends_on: [m9]}
            benefits:
              - {id: b1, title: B, unit: GBP, enabled_by: [b1]}
            risks:
              - {id: R1, title: R, affects: [m1, b1, zz]}
            """)
        #expect(only(result).map(\.code) == [.unknownReference, .unknownReference, .unknownReference, .unknownReference])
        #expect(only(result).map(\.message) == [
            "milestone 'm1' refers to 'nope', but this programme has no workstream with that id",
            "milestone 'm1' refers to 'm9', but this programme has no milestone with that id",
            "benefit 'b1' refers to 'b1', which is a benefit, not a milestone",
            "risk 'R1' refers to 'zz', but this programme has no benefit or milestone with that id",
        ])
    }

    @Test func crossProgrammeReferences() {
        let a = """
            programme: {id: a, name: A, as_of: 2024-03-31}
            milestones:
              - {id: m1, title: T, due: 2024-06, depends_on: [b/x, b/missing, elsewhere/y]}
            """
        let b = """
            programme: {id: b, name: B, as_of: 2024-03-31}
            milestones:
              - {id: x, title: X, due: 2024-05}
            """
        let result = Inputs.check([("a.yaml", a), ("b.yaml", b)])
        #expect(result.diagnostics.filter { $0.code == .unknownReference }.map(\.message) ==
                ["milestone 'm1' refers to 'b/missing', but programme 'b' has no milestone with that id"])
        let unresolved = result.diagnostics.filter { $0.code == .unresolvedReference }
        #expect(unresolved.map(\.severity) == [.warning])
        #expect(unresolved.first?.message == "milestone 'm1' refers to programme 'elsewhere', which is not in this run; 'elsewhere/y' is not checked")
    }

    @Test func dependencyCycleListsTheCycle() {
        let result = Inputs.check(header + """
            milestones:
              - {id: a, title: A, due: 2024-06, depends_on: [c]}
              - {id: b, title: B, due: 2024-06, depends_on: [a]}
              - {id: c, title: C, due: 2024-06, depends_on: [b]}
              - {id: d, title: D, due: 2024-06, depends_on: [d]}
            """)
        let cycles = only(result).filter { $0.code == .dependencyCycle }
        #expect(cycles.map(\.message) == [
            "milestones depend on each other in a cycle: a → c → b → a",
            "milestones depend on each other in a cycle: d → d",
        ])
        #expect(cycles.first?.location.line == 6)
    }

    @Test func cycleAcrossProgrammes() {
        let a = "programme: {id: a, name: A}\nmilestones:\n  - {id: m, title: M, due: 2024-06, depends_on: [b/n]}\n"
        let b = "programme: {id: b, name: B}\nmilestones:\n  - {id: n, title: N, due: 2024-06, depends_on: [a/m]}\n"
        let cycles = Inputs.check([("a.yaml", a), ("b.yaml", b)]).diagnostics.filter { $0.code == .dependencyCycle }
        #expect(cycles.map(\.message) == ["milestones depend on each other in a cycle: m → b/n → m"])
    }

    @Test func inconsistentCompletion() {
        let d = only(Inputs.check(header + """
            milestones:
              - {id: m1, title: T, due: 2024-03, completed: 2024-03-01, progress: 80}
            """))
        #expect(d.map(\.code) == [.inconsistent])
        #expect(d.first?.message == "milestone 'm1' has a 'completed' date but 'progress' is 80; a completed milestone is 100% done")
    }

    @Test func levelBenefitNeedsBaseline() {
        let d = only(Inputs.check(header + """
            benefits:
              - {id: b, title: B, kind: level, unit: children, targets: {FY2024-25: 5}}
            """))
        #expect(d.map(\.code) == [.missingKey])
    }

    @Test func invalidProgrammeAndItemIds() {
        let d = only(Inputs.check("""
            programme: {id: Stepping Stones, name: S}
            milestones:
              - {id: a/b, title: T, due: 2024-03}
            """))
        #expect(d.map(\.code) == [.invalidId, .invalidId])
    }

    @Test func tooLargeFile() {
        let loader = ProgrammeLoader(limits: { var l = Limits(); l.maxFileBytes = 10; return l }())
        let file = loader.load(bytes: Array("programme: {id: p, name: P}\n".utf8), file: "big.yaml")
        #expect(file.diagnostics.map(\.code) == [.tooLarge])
        #expect(file.content == nil)
    }

    @Test func yamlMergeKeyIsRefused() {
        let d = only(Inputs.check("""
            programme: &base
              id: p
              name: P
            milestones:
              - <<: {id: m, title: T}
                due: 2024-03
            """))
        #expect(d.map(\.code).contains(.unknownKey))
        #expect(d.first { $0.code == .unknownKey }?.message.contains("merge key") == true)
    }

    @Test func everyErrorCodeOfTheSpecIsProduced() {
        // The codes SPEC 2 lists as errors, each exercised by a test in this suite
        // (too-large in tooLargeFile and the hardening tests).
        let spec: Set<DiagnosticCode> = [.yamlSyntax, .duplicateKey, .unknownKey, .missingKey, .wrongType, .invalidDate,
                                         .invalidPeriod, .outOfRange, .duplicateId, .unknownReference,
                                         .dependencyCycle, .inconsistent, .tooLarge]
        #expect(spec.allSatisfy { DiagnosticCode.allCases.contains($0) })
    }
}
