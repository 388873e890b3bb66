/// A problem with something a programme depends on, in words a board member reads.
struct DependencyProblem {
    enum Kind: String {
        /// Something needed has not arrived in time.
        case late = "🔴 Late"
        /// The plan cannot work as written.
        case conflict = "🟠 Plan conflict"
        /// A reference the run could not check.
        case unchecked = "⚪ Not checked"
    }

    let kind: Kind
    /// One line of Markdown.
    let text: String
    /// Whether the problem lies between this programme and another.
    let crossProgramme: Bool
}

extension PackContext {
    /// The dependency findings of the run's checks about this programme (a dependency
    /// needed and not met, a milestone blocked by an overdue one or planned before one it
    /// depends on, a reference to a programme not in the run), in the checks' order.
    func dependencyProblems() -> [DependencyProblem] {
        diagnostics([.dependencyOverdue, .blocked, .dependencyConflict, .unresolvedReference]).compactMap(problem)
    }

    private func problem(_ diagnostic: Diagnostic) -> DependencyProblem? {
        let at = diagnostic.location
        switch diagnostic.code {
        case .dependencyOverdue:
            guard let d = programme.dependencies.first(where: { $0.locations["needed_by"] == at }),
                  let needed = d.neededBy else { break }
            var text = "\(dependencyName(d)) was needed by \(Formatting.date(needed)) and is not met "
                + "(\(Formatting.days(needed.days(to: asOf))) late)"
            let affected = d.affects.compactMap { report.milestone($0.itemID) }
            if !affected.isEmpty {
                text += "; it holds up " + affected.map { "**\(MarkdownText.inline($0.milestone.title))**" }
                    .joined(separator: ", ")
            }
            return DependencyProblem(kind: .late, text: text, crossProgramme: d.on?.programmeID != nil)
        case .blocked, .dependencyConflict:
            guard let (m, reference) = milestoneReference(at: at), let upstream = milestone(reference) else { break }
            let name = "**\(MarkdownText.inline(m.title))**"
            let text: String
            if diagnostic.code == .blocked {
                text = "\(name) depends on \(milestoneName(reference)), which is overdue by "
                    + Formatting.days(upstream.status.daysOverdue)
            } else {
                text = "\(name) is planned for \(Formatting.date(m.effective)), before \(milestoneName(reference)) "
                    + "it depends on (\(Formatting.date(upstream.status.milestone.effective)))"
            }
            return DependencyProblem(kind: diagnostic.code == .blocked ? .late : .conflict, text: text,
                                     crossProgramme: reference.programmeID != nil)
        case .unresolvedReference:
            guard let (what, reference) = unresolvedReference(at: at) else { break }
            return DependencyProblem(
                kind: .unchecked,
                text: "\(what) refers to \(MarkdownText.inline(reference.text)), in a programme that is not "
                    + "in this run, so it is not checked",
                crossProgramme: true)
        default:
            break
        }
        // A finding this list does not know how to word: shown as the checks wrote it.
        return DependencyProblem(kind: .conflict, text: MarkdownText.inline(diagnostic.message), crossProgramme: false)
    }

    func dependencyName(_ d: Dependency) -> String {
        "**\(MarkdownText.inline(d.id))** \(MarkdownText.inline(d.title))"
    }

    private func milestoneReference(at location: SourceLocation) -> (Milestone, Reference)? {
        for m in programme.milestones {
            if let reference = m.dependsOn.first(where: { $0.location == location }) { return (m, reference) }
        }
        return nil
    }

    /// The item holding a reference to another programme, named for the reader.
    private func unresolvedReference(at location: SourceLocation) -> (String, Reference)? {
        if let (m, reference) = milestoneReference(at: location) {
            return ("**\(MarkdownText.inline(m.title))**", reference)
        }
        for b in programme.benefits {
            if let reference = b.enabledBy.first(where: { $0.location == location }) {
                return ("Benefit **\(MarkdownText.inline(b.title))**", reference)
            }
        }
        for d in programme.dependencies where d.on?.location == location {
            if let reference = d.on { return ("Dependency \(dependencyName(d))", reference) }
        }
        return nil
    }
}
