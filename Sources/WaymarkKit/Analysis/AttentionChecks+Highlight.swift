/// The warnings SPEC 1.9 adds for the RAID log's issues and the board's decisions.
extension AttentionChecks {
    func issuesAndDecisions(_ report: ProgrammeReport) -> [Found] {
        var result: [Found] = []
        for status in report.issues where status.isOpen {
            let issue = status.issue
            if let late = status.daysOverdue, let date = issue.resolveBy {
                result.append((.issueOverdue(issue: issue.id), .warning(.issueOverdue,
                    "issue '\(issue.id)' was to be resolved by \(date) and is still open (\(plural(late, "day")) late)",
                    at: issue.locations["resolve_by"])))
            }
            // A high-priority problem the board has not heard of is the one it most needs to.
            if issue.priority == .high, !issue.escalated {
                result.append((.issueNotEscalated(issue: issue.id), .warning(.issueNotEscalated,
                    "issue '\(issue.id)' is open and high priority but not escalated to the board (set 'escalated: true' once it is)",
                    at: issue.locations["escalated"] == issue.locations.item
                        ? issue.locations["priority"] : issue.locations["escalated"])))
            }
        }
        for status in report.decisions where status.isOpen {
            if let late = status.daysOverdue, let date = status.decision.neededBy {
                result.append((.decisionOverdue(decision: status.decision.id), .warning(.decisionOverdue,
                    "decision '\(status.decision.id)' was needed by \(date) and is still open (\(plural(late, "day")) late)",
                    at: status.decision.locations["needed_by"])))
            }
        }
        return result
    }
}
