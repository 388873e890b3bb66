/// Checks that need the whole run: unique programme ids, references that resolve,
/// dependency cycles, and benefit periods that overlap (SPEC 1 and 2).
struct RunValidator {
    let programmes: [Programme]
    let settings: [ProgrammeSettings]
    private let index: ProgrammeIndex

    init(programmes: [Programme], settings: [ProgrammeSettings]) {
        self.programmes = programmes
        self.settings = settings
        self.index = ProgrammeIndex(programmes)
    }

    func diagnostics() -> [Diagnostic] {
        run().diagnostics
    }

    /// The diagnostics, and the references to programmes not in the run as findings (the
    /// pack lists them; their diagnostics are among the others).
    func run() -> (diagnostics: [Diagnostic], findings: [Finding]) {
        var result = duplicateProgrammeIDs()
        var findings: [Finding] = []
        // The dependencies between milestones, found as their references are checked.
        var edges: [DependencyGraph.Edge] = []
        for (p, (programme, settings)) in zip(programmes, settings).enumerated() {
            references(in: programme, at: p, &result, &findings, &edges)
            result += overlappingPeriods(in: programme, financialYearStart: settings.financialYearStart)
        }
        result += DependencyGraph(programmes: programmes, index: index, edges: edges).cycleDiagnostics()
        return (result, findings)
    }

    private func duplicateProgrammeIDs() -> [Diagnostic] {
        var seen: [String: Programme] = [:]
        var result: [Diagnostic] = []
        for programme in programmes {
            if let first = seen[programme.id] {
                result.append(.error(.duplicateId,
                    "programme id '\(programme.id)' is already used by \(first.file); each programme needs its own id",
                    at: programme.locations["id"]))
            } else {
                seen[programme.id] = programme
            }
        }
        return result
    }

    /// Reports each reference of `programme` (at position `p` in the run) that does not
    /// resolve to an item of a kind it may name, and adds each milestone's dependency on
    /// another milestone to `edges`.
    private func references(in programme: Programme, at p: Int, _ result: inout [Diagnostic],
                            _ findings: inout [Finding], _ edges: inout [DependencyGraph.Edge]) {
        // `what` and `expected` are only worked out for a reference that fails: most resolve.
        // Returns what the reference names when it resolves, kind allowed or not.
        // Most references name an item of their own programme, whose ids are at hand.
        let ownItems = index.items(in: programme.id)
        func check(_ reference: Reference, from holder: Finding.Holder, allowed: [ProgrammeIndex.ItemKind],
                   crossProgramme: Bool) -> ProgrammeIndex.Item? {
            func what() -> String {
                switch holder {
                case let .milestone(id): "milestone '\(id)'"
                case let .benefit(id): "benefit '\(id)'"
                case let .dependency(id): "dependency '\(id)'"
                case let .risk(id): "risk '\(id)'"
                case let .issue(id): "issue '\(id)'"
                case let .decision(id): "decision '\(id)'"
                }
            }
            let target = ProgrammeIndex.target(of: reference, from: programme.id)
            if reference.namesProgramme, !crossProgramme {
                result.append(.error(.unknownReference,
                    "\(what()) refers to '\(reference.text)' in another programme; only ids of this programme are allowed here",
                    at: reference.location))
                return nil
            }
            guard let items = reference.mayNameProgramme ? index.items(in: target.programme) : ownItems else {
                let diagnostic = Diagnostic.warning(.unresolvedReference,
                    "\(what()) refers to programme '\(target.programme)', which is not in this run; '\(reference.text)' is not checked",
                    at: reference.location)
                result.append(diagnostic)
                findings.append(Finding(programme.id, .unresolvedReference(holder: holder, reference: reference), diagnostic))
                return nil
            }
            func expected() -> String {
                allowed.count == ProgrammeIndex.ItemKind.allCases.count
                    ? "item" : allowed.map(\.rawValue).sorted().joined(separator: " or ")
            }
            guard let item = items[target.item] else {
                let place = reference.programmeID == nil ? "this programme" : "programme '\(target.programme)'"
                result.append(.error(.unknownReference,
                    "\(what()) refers to '\(reference.text)', but \(place) has no \(expected()) with that id",
                    at: reference.location))
                return nil
            }
            if !allowed.contains(item.kind) {
                result.append(.error(.unknownReference,
                    "\(what()) refers to '\(reference.text)', which is a \(item.kind.rawValue), not a \(expected())",
                    at: reference.location))
            }
            return item
        }
        // Lists, not sets: a Set of these hashes each kind's name to look one up. Made once,
        // not for each reference.
        let workstreams: [ProgrammeIndex.ItemKind] = [.workstream]
        let milestones: [ProgrammeIndex.ItemKind] = [.milestone]
        let milestonesOrBenefits: [ProgrammeIndex.ItemKind] = [.milestone, .benefit]
        // Issues and decisions may name anything in the programme (SPEC 1.8).
        let anything = ProgrammeIndex.ItemKind.allCases
        // The milestones' fields are read in place: naming a whole milestone (or
        // `enumerated()`) copies all of it.
        for i in programme.milestones.indices {
            let id = programme.milestones[i].id
            if let w = programme.milestones[i].workstream {
                _ = check(Reference(w, at: programme.milestones[i].locations["workstream"]), from: .milestone(id),
                          allowed: workstreams, crossProgramme: false)
            }
            let from = index.node(programme: p, milestone: i)
            let dependsOn = programme.milestones[i].dependsOn
            for r in dependsOn.indices {
                let target = check(dependsOn[r], from: .milestone(id), allowed: milestones, crossProgramme: true)
                if let target, target.kind == .milestone, from >= 0, target.node >= 0 {
                    edges.append(DependencyGraph.Edge(from: from, to: target.node,
                        origin: DependencyGraph.Origin(programme: Int32(p), milestone: Int32(i), reference: Int32(r))))
                }
            }
        }
        for b in programme.benefits.indices {
            let id = programme.benefits[b].id
            for r in programme.benefits[b].enabledBy {
                _ = check(r, from: .benefit(id), allowed: milestones, crossProgramme: true)
            }
        }
        for risk in programme.risks.indices {
            let id = programme.risks[risk].id
            for r in programme.risks[risk].affects {
                _ = check(r, from: .risk(id), allowed: milestonesOrBenefits, crossProgramme: false)
            }
        }
        for d in programme.dependencies {
            if let on = d.on { _ = check(on, from: .dependency(d.id), allowed: milestones, crossProgramme: true) }
            for r in d.affects {
                _ = check(r, from: .dependency(d.id), allowed: milestones, crossProgramme: false)
            }
        }
        for issue in programme.issues {
            for r in issue.affects { _ = check(r, from: .issue(issue.id), allowed: anything, crossProgramme: false) }
        }
        for decision in programme.decisions {
            for r in decision.affects {
                _ = check(r, from: .decision(decision.id), allowed: anything, crossProgramme: false)
            }
        }
    }

    /// More than the days in any period (a financial year has at most 366).
    private static let longestPeriodDays = 367

    /// Periods in one profile that share days (FY2024-25 beside 2024-07, with an
    /// April year), which would count the same days twice.
    private func overlappingPeriods(in programme: Programme, financialYearStart: Int) -> [Diagnostic] {
        var result: [Diagnostic] = []
        // `what` names the item, worked out only for a profile with an overlap.
        func check(_ profile: Profile?, _ name: String, of what: @autoclosure () -> String) {
            // One period cannot overlap another of its profile.
            guard let entries = profile?.entries, entries.count > 1 else { return }
            let ranged = entries.compactMap { entry in
                entry.period.range(financialYearStart: financialYearStart).map { (entry, $0) }
            }
            // Each entry is reported against the first entry before it in the file that
            // it overlaps. Comparing every pair is quadratic, and a profile may hold tens
            // of thousands of months; but no period is longer than a year, so only the
            // entries starting within a year before it (found in start order) can overlap.
            let byStart = ranged.indices.sorted { ranged[$0].1.lowerBound < ranged[$1].1.lowerBound }
            let starts = byStart.map { ranged[$0].1.lowerBound }
            for (i, (entry, range)) in ranged.enumerated() {
                let earliest = range.lowerBound.adding(days: -Self.longestPeriodDays)
                var k = starts.partitionPoint { $0 < earliest }
                var first: Int?
                while k < starts.count, starts[k] <= range.upperBound {
                    let j = byStart[k]
                    if j < i, j < (first ?? .max), ranged[j].1.overlaps(range) { first = j }
                    k += 1
                }
                if let first {
                    result.append(.error(.invalidPeriod,
                        "\(what()): \(entry.period) in '\(name)' overlaps \(ranged[first].0.period); each day may be counted in one period only",
                        at: entry.location))
                }
            }
        }
        for b in programme.benefits {
            check(b.targets, "targets", of: "benefit '\(b.id)'")
            check(b.stretch, "stretch", of: "benefit '\(b.id)'")
            check(b.actuals, "actuals", of: "benefit '\(b.id)'")
        }
        for line in programme.funding {
            check(line.approved?.profile, "approved", of: "funding line '\(line.id)'")
            check(line.spent?.profile, "spent", of: "funding line '\(line.id)'")
        }
        return result
    }
}

private extension Array {
    /// The first index whose element does not satisfy `belongs`, for an array where every
    /// element that does comes first (binary search).
    func partitionPoint(_ belongs: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if belongs(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
