/// A problem with something a programme depends on, in words a board member reads.
struct DependencyProblem {
    enum Kind {
        /// Something needed has not arrived in time.
        case late
        /// The plan cannot work as written.
        case conflict
        /// A reference the run could not check.
        case unchecked

        /// `🔴 Late`: the badge that heads the problem.
        var badge: PackSpan {
            switch self {
            case .late: .badge(.red, "Late")
            case .conflict: .badge(.amber, "Plan conflict")
            case .unchecked: .badge(.grey, "Not checked")
            }
        }
    }

    let kind: Kind
    let text: PackText
    /// Whether the problem lies between this programme and another.
    let crossProgramme: Bool

    /// `**🔴 Late:** …`.
    var line: PackText { "\(.strong("\(kind.badge):")) \(text)" }
}

extension PackBuilder {
    func dependencies() -> PackSection {
        let heading = PackBlock.heading(2, "Dependencies")
        let problems = dependencyProblems()
        let crossLinks = programme.milestones.flatMap { m in
            m.dependsOn.filter { $0.programmeID != nil }.map { (m, $0) }
        }
        if programme.dependencies.isEmpty, problems.isEmpty, crossLinks.isEmpty {
            return PackSection(.dependencies, [heading, .paragraph("No dependencies are recorded.")])
        }
        var blocks = [heading]
        if programme.dependencies.isEmpty {
            blocks.append(.paragraph("No dependencies on work outside the programme are recorded."))
        } else {
            var table = PackTable([.init("Dependency"), .init("Owner"), .init("Needed by"), .init("Status"),
                                   .init("Depends on"), .init("Holds up")])
            for d in programme.dependencies {
                let affects = d.affects.map { reference -> PackText in
                    report.milestone(reference.itemID).map { PackText([.text($0.milestone.title)]) }
                        ?? report.benefits.first { $0.benefit.id == reference.itemID }.map { PackText([.text($0.benefit.title)]) }
                        ?? PackText([.text(reference.text)])
                }
                table.add([name(d.id, d.title), text(d.owner), "\(.date(d.neededBy))", dependencyStatus(d),
                           d.on.map(upstream) ?? "—", .joined(affects, separator: "; ")])
            }
            blocks.append(.table(table))
        }
        if !crossLinks.isEmpty {
            blocks.append(.heading(3, "Milestones that depend on other programmes"))
            var table = PackTable([.init("Milestone"), .init("Depends on"), .init("Where that stands")])
            for (m, reference) in crossLinks {
                table.add(["\(.text(m.title))", upstream(reference),
                           milestone(reference).map { stateDescription($0.status) } ?? "\(.badge(.grey, "Not in this run"))"])
            }
            blocks.append(.table(table))
        }
        blocks.append(.heading(3, "Problems"))
        blocks.append(problems.isEmpty
            ? .paragraph("No problems with dependencies.")
            : .bullets(problems.map(\.line)))
        return PackSection(.dependencies, blocks)
    }

    private func dependencyStatus(_ d: Dependency) -> PackText {
        switch d.status {
        case .met: return "\(.badge(.done, "Met"))"
        case .open:
            guard let needed = d.neededBy else { return "\(.badge(.waiting, "Open"))" }
            if has(.dependencyOverdue(dependency: d.id)) {
                return "\(.badge(.red, "Not met")): \(.days(needed.days(to: asOf))) late"
            }
            let days = asOf.days(to: needed)
            return days <= 0 ? "\(.badge(.waiting, "Open")): needed today" : "\(.badge(.waiting, "Open")): needed in \(.days(days))"
        }
    }

    /// Another milestone this programme waits on, with where it stands.
    private func upstream(_ reference: Reference) -> PackText {
        let name = milestoneName(reference)
        guard milestone(reference) != nil else { return "\(name) (not in this run)" }
        return name
    }

    /// The dependency findings of the run's checks about this programme (a dependency
    /// needed and not met, a milestone blocked by an overdue one or planned before one it
    /// depends on, a reference to a programme not in the run), in the checks' order.
    func dependencyProblems() -> [DependencyProblem] {
        findings.compactMap(problem)
    }

    private func problem(_ finding: Finding) -> DependencyProblem? {
        switch finding.kind {
        case let .dependencyOverdue(id):
            guard let d = programme.dependencies.first(where: { $0.id == id }), let needed = d.neededBy else { return nil }
            var text: PackText = "\(name(d.id, d.title)) was needed by \(.date(needed)) and is not met "
                + "(\(.days(needed.days(to: asOf))) late)"
            let affected = d.affects.compactMap { report.milestone($0.itemID) }
            if !affected.isEmpty {
                text += "; it holds up " + .joined(affected.map { PackText([.strongText($0.milestone.title)]) }, separator: ", ")
            }
            return DependencyProblem(kind: .late, text: text, crossProgramme: d.on?.programmeID != nil)
        case let .blocked(id, reference), let .dependencyConflict(id, reference):
            guard let m = report.milestone(id)?.milestone, let upstream = milestone(reference) else {
                return nil
            }
            let name = PackText([.strongText(m.title)])
            if case .blocked = finding.kind {
                return DependencyProblem(
                    kind: .late,
                    text: "\(name) depends on \(milestoneName(reference)), which is overdue by \(.days(upstream.status.daysOverdue))",
                    crossProgramme: reference.programmeID != nil)
            }
            return DependencyProblem(
                kind: .conflict,
                text: "\(name) is planned for \(.date(m.effective)), before \(milestoneName(reference)) "
                    + "it depends on (\(.date(upstream.status.milestone.effective)))",
                crossProgramme: reference.programmeID != nil)
        case let .unresolvedReference(holder, reference):
            let what: PackText
            switch holder {
            case let .milestone(id):
                what = PackText([.strongText(report.milestone(id)?.milestone.title ?? id)])
            case let .benefit(id):
                what = "Benefit \(.strongText(programme.benefits.first { $0.id == id }?.title ?? id))"
            case let .dependency(id):
                guard let d = programme.dependencies.first(where: { $0.id == id }) else { return nil }
                what = "Dependency \(name(d.id, d.title))"
            case .risk, .issue, .decision:
                // Only milestones, benefits and dependencies may name another programme.
                return nil
            }
            return DependencyProblem(
                kind: .unchecked,
                text: "\(what) refers to \(.text(reference.text)), in a programme that is not in this run, so it is not checked",
                crossProgramme: true)
        default:
            return nil
        }
    }
}
