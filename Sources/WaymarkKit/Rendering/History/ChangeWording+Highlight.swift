/// The words for what moved in a highlight report (SPEC 1.7-1.9): funding, issues,
/// decisions and the board narrative.
extension HistoryWording {
    static func lines(_ changes: [FundingChange], currency: String) -> [ChangeLine] {
        changes.map { change in
            let money = { (value: Double?) in value.map { amount($0, unit: currency) } ?? "not given" }
            var parts: [String] = []
            switch change.kind {
            case .added:
                parts.append("new line: approved \(money(change.approved.now)), spent to date \(money(change.spent.now))")
            case .removed:
                parts.append("no longer in the file (was approved \(money(change.approved.then)))")
            case .changed:
                for (name, shift) in [("approved", change.approved), ("spent to date", change.spent)] where shift.isChanged {
                    let moved = amountChange(shift, unit: currency)
                    parts.append("\(name) \(money(shift.then)) → \(money(shift.now))" + (moved.isEmpty ? "" : " (\(moved))"))
                }
            }
            let label = switch change.kind {
            case .added: "Added"
            case .removed: "Removed"
            case .changed: "Changed"
            }
            return ChangeLine(label: label, item: change.item, detail: parts.joined(separator: "; "))
        }
    }

    static func lines(_ changes: [IssueChange], style: ChangeStyle) -> [ChangeLine] {
        changes.map { change in
            let priority = change.priority.map { "\($0.rawValue) priority" }
            let escalated = change.escalated ? "escalated to the board" : nil
            switch change.kind {
            case .raised:
                return ChangeLine(label: "Raised", item: change.item,
                                  detail: (["new, open"] + [priority, escalated].compactMap { $0 }).joined(separator: ", "))
            case .resolved:
                return ChangeLine(label: "Resolved", item: change.item,
                                  detail: change.resolution.map { "resolved: \(style.text($0))" } ?? "resolved")
            case .reopened:
                return ChangeLine(label: "Reopened", item: change.item,
                                  detail: (["open again (was resolved)"] + [priority].compactMap { $0 }).joined(separator: ", "))
            case .escalated:
                return ChangeLine(label: "Escalated", item: change.item,
                                  detail: (["escalated to the board"] + [priority].compactMap { $0 }).joined(separator: ", "))
            case .removed:
                return ChangeLine(label: "Removed", item: change.item, detail: "no longer in the file (was open)")
            }
        }
    }

    static func lines(_ changes: [DecisionChange], style: ChangeStyle) -> [ChangeLine] {
        changes.map { change in
            let needed = change.neededBy.map { "needed by \(date($0))" }
            switch change.kind {
            case .made:
                var detail = change.decided.map { "made \(date($0))" } ?? "made"
                if let outcome = change.outcome { detail += ": \(style.text(outcome))" }
                return ChangeLine(label: "Made", item: change.item, detail: detail)
            case .asked:
                return ChangeLine(label: "Asked of the board", item: change.item,
                                  detail: (["new, open"] + [needed].compactMap { $0 }).joined(separator: ", "))
            case .reopened:
                return ChangeLine(label: "Reopened", item: change.item,
                                  detail: (["open again (was made)"] + [needed].compactMap { $0 }).joined(separator: ", "))
            case .removed:
                return ChangeLine(label: "Removed", item: change.item, detail: "no longer in the file (was open)")
            }
        }
    }

    static func lines(_ change: NarrativeChange?, style: ChangeStyle) -> [ChangeLine] {
        guard let change else { return [] }
        var parts: [String] = []
        if change.summaryChanged {
            parts.append(change.summary.map { "summary now: \(style.text($0))" } ?? "summary removed")
        }
        if !change.newAchievements.isEmpty {
            parts.append("new achievements: " + change.newAchievements.map(style.text).joined(separator: "; "))
        }
        if !change.newNext.isEmpty {
            parts.append("new next steps: " + change.newNext.map(style.text).joined(separator: "; "))
        }
        if parts.isEmpty { parts.append("lines taken out") }
        return [ChangeLine(label: "Rewritten", item: ChangedItem(id: "report", title: "Board narrative"),
                           detail: parts.joined(separator: "; "))]
    }
}
