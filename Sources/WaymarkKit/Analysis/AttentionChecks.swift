/// The warnings that say what needs a PMO officer's attention on the as-of date
/// (SPEC 2): late, slipping and blocked milestones, benefits behind, risks unreviewed.
struct AttentionChecks {
    /// Every report in the run, so cross-programme dependencies see their targets' state.
    let reports: [ProgrammeReport]
    /// Programme id → the positions of the reports with that id, in run order (more than
    /// one only when an id is repeated, which is an error).
    private let reportsByID: [String: [Int]]
    /// Each report's milestones and their index by id, by report position: a dependency
    /// is looked up in these, where reading it through `reports[r]` would copy the whole
    /// report for each of hundreds of thousands of dependencies.
    private let statuses: [MilestoneStatuses]
    private let milestoneIndexes: [PositionIndex]

    init(reports: [ProgrammeReport]) {
        self.reports = reports
        var byID: [String: [Int]] = [:]
        for r in reports.indices { byID[reports[r].programme.id, default: []].append(r) }
        reportsByID = byID
        statuses = reports.map(\.milestones)
        milestoneIndexes = reports.map(\.milestoneIndex)
    }

    /// Every finding of the run, each with its diagnostic.
    func findings() -> [Finding] {
        // A large programme's milestones give tens of thousands of findings. They are
        // counted first, so that the list is made once at its size: a list grown one
        // by one doubles, holding the old and the new copy at once, and for 100,000
        // milestones that moment was the peak of the whole check. The other findings
        // are few.
        let others = reports.map { report in
            benefits(report) + risks(report) + dependencies(report) + confidence(report) + issuesAndDecisions(report)
        }
        var counted = Findings(counting: true)
        for report in reports { milestones(report, &counted) }
        var found = Findings(counting: false)
        found.list.reserveCapacity(counted.count + others.reduce(0) { $0 + $1.count })
        for (report, other) in zip(reports, others) {
            found.programme = report.programme.id
            milestones(report, &found)
            for one in other { found.append(one) }
        }
        return found.list
    }

    /// A finding before it is given its programme.
    typealias Found = (kind: Finding.Kind, diagnostic: Diagnostic)

    /// The findings so far, each given `programme`, the programme being checked; or,
    /// when `counting`, only how many there are, none made (nor its message written).
    struct Findings {
        let counting: Bool
        var programme = ""
        var list: [Finding] = []
        private(set) var count = 0

        init(counting: Bool) {
            self.counting = counting
        }

        mutating func append(_ found: @autoclosure () -> Found) {
            count += 1
            guard !counting else { return }
            let found = found()
            list.append(Finding(programme, found.kind, found.diagnostic))
        }
    }

    /// The milestone a reference names, as positions: the first milestone with that id
    /// in the first report of that programme id that has one, as validation resolves it.
    /// `own` is the reports of the referring programme's id, which most references name.
    private func resolve(_ reference: Reference, from programmeID: String, own: [Int]) -> (report: Int, milestone: Int)? {
        let target = ProgrammeIndex.target(of: reference, from: programmeID)
        let candidates = reference.mayNameProgramme ? reportsByID[target.programme] ?? [] : own
        for r in candidates {
            if let m = milestoneIndexes[r].position(of: target.item, ids: { statuses[r].milestones[$0].id }) {
                return (r, m)
            }
        }
        return nil
    }

    private func milestones(_ report: ProgrammeReport, _ result: inout Findings) {
        let own = reportsByID[report.programme.id] ?? []
        for i in report.programme.milestones.indices { milestone(at: i, in: report, own: own, &result) }
    }

    private func milestone(at i: Int, in report: ProgrammeReport, own: [Int], _ result: inout Findings) {
        // The milestone's fields are read in place: naming the whole milestone (or making
        // a `MilestoneStatus`) copies all of it, every string retained and released again.
        let milestones = report.programme.milestones
        let status = report.milestones.figures[i]
        let id = milestones[i].id
        let effective = milestones[i].effective
        let asOf = report.asOf
        let dateKey = milestones[i].forecast == nil ? "due" : "forecast"
        if let completed = milestones[i].completed, completed > asOf {
            result.append((.futureCompletion(milestone: id), .warning(.futureCompletion,
                "milestone '\(id)' has a completion date \(completed) after the as-of date \(asOf)",
                at: milestones[i].locations["completed"])))
        }
        switch status.state {
        case .overdue:
            result.append((.overdue(milestone: id), .warning(.overdue,
                "milestone '\(id)' is overdue by \(plural(Int(status.daysOverdue), "day")) (\(dateKey) \(effective))",
                at: milestones[i].locations[dateKey])))
        case .dueSoon:
            let days = asOf.days(to: effective)
            let when = days == 0 ? "today" : "in \(plural(days, "day"))"
            result.append((.dueSoon(milestone: id), .warning(.dueSoon, "milestone '\(id)' is due \(when) (\(dateKey) \(effective))",
                                   at: milestones[i].locations[dateKey])))
        case .onTrack, .complete, .cancelled:
            break
        }
        guard status.isOpen else { return }
        if status.slippedDays > 0 {
            result.append((.slipped(milestone: id), .warning(.slipped,
                "milestone '\(id)' has slipped \(plural(Int(status.slippedDays), "day")) (baseline \(milestones[i].due), forecast \(effective))",
                at: milestones[i].locations["forecast"])))
        }
        for reference in milestones[i].dependsOn {
            guard let found = resolve(reference, from: report.programme.id, own: own) else { continue }
            let upstream = statuses[found.report].figures[found.milestone]
            let upstreamDate = statuses[found.report].milestones[found.milestone].effective
            if upstream.state == .overdue {
                result.append((.blocked(milestone: id, on: reference), .warning(.blocked,
                    "milestone '\(id)' depends on '\(reference.text)', which is overdue by \(plural(Int(upstream.daysOverdue), "day"))",
                    at: reference.location)))
            } else if upstream.isOpen, effective < upstreamDate {
                result.append((.dependencyConflict(milestone: id, on: reference), .warning(.dependencyConflict,
                    "milestone '\(id)' is planned for \(effective), before '\(reference.text)' it depends on (\(upstreamDate))",
                    at: reference.location)))
            }
        }
    }

    private func benefits(_ report: ProgrammeReport) -> [Found] {
        var result: [Found] = []
        // A descoped benefit is counted nowhere, so nothing about its figures needs attention.
        for status in report.benefits where !status.benefit.cancelled {
            let b = status.benefit
            if b.isUnquantified {
                result.append((.unquantifiedBenefit(benefit: b.id), Diagnostic(.info, .unquantifiedBenefit,
                    "benefit '\(b.id)' has no targets, so it is listed but not measured",
                    at: b.locations.item)))
            }
            for entry in b.actuals?.entries ?? [] {
                if let range = entry.period.range(financialYearStart: report.settings.financialYearStart),
                   range.lowerBound > report.asOf {
                    result.append((.futureActual(benefit: b.id, period: entry.period), .warning(.futureActual,
                        "benefit '\(b.id)' has an actual for \(entry.period), which starts after the as-of date \(report.asOf); it is not counted",
                        at: entry.location)))
                }
            }
            if let rag = status.rag, rag != .green, let realisation = status.realisation {
                result.append((.benefitBehind(benefit: b.id), .warning(.benefitBehind,
                    "benefit '\(b.id)' is \(rag.rawValue): \(percent(realisation)) of its target to date",
                    at: b.locations.item)))
            }
        }
        return result
    }

    private func risks(_ report: ProgrammeReport) -> [Found] {
        var result: [Found] = []
        for status in report.risks where status.isOpen {
            let r = status.risk
            if let review = r.reviewBy, review < report.asOf {
                result.append((.riskReviewOverdue(risk: r.id), .warning(.riskReviewOverdue,
                    "risk '\(r.id)' was due for review on \(review), \(plural(review.days(to: report.asOf), "day")) ago",
                    at: r.locations["review_by"])))
            }
            if !r.isAssessed {
                result.append((.unassessedRisk(risk: r.id), .warning(.unassessedRisk,
                    "risk '\(r.id)' has no likelihood and impact scores, so it is not scored",
                    at: r.locations.item)))
            }
        }
        return result
    }

    private func dependencies(_ report: ProgrammeReport) -> [Found] {
        report.programme.dependencies.compactMap { d in
            guard d.status == .open, let needed = d.neededBy, needed < report.asOf else { return nil }
            return (.dependencyOverdue(dependency: d.id), .warning(.dependencyOverdue,
                "dependency '\(d.id)' was needed by \(needed) and is not met (\(plural(needed.days(to: report.asOf), "day")) late)",
                at: d.locations["needed_by"]))
        }
    }

    private func confidence(_ report: ProgrammeReport) -> [Found] {
        guard let declared = report.programme.confidence, declared == .green || declared == .amberGreen,
              report.rag.overall == .red
        else { return [] }
        return [(.confidenceMismatch, .warning(.confidenceMismatch,
            "declared confidence is \(declared.rawValue) but the computed RAG is red",
            at: report.programme.locations["confidence"]))]
    }
}

/// `1 day`, `1,096 days`: worded by `Formatting.count`, as every pack and report words counts.
func plural(_ count: Int, _ noun: String) -> String {
    Formatting.count(count, noun)
}

/// 0.62 → "62%": realisation as people say it. Total: a ratio too large for an Int
/// (a target to date of almost nothing) is shown as it is, never trapped on.
func percent(_ ratio: Double) -> String {
    let value = (ratio * 100).rounded()
    guard let whole = Int(exactly: value) else { return "\(value)%" }
    return "\(whole)%"
}
