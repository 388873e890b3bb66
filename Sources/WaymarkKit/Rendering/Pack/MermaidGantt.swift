/// The milestones as a Mermaid Gantt chart, one section a workstream.
///
/// Each milestone is a task: a bar from `start` to its date when it has a start, else a
/// milestone diamond. Its date is the completion date when done, else the forecast (or
/// the baseline when there is no forecast). A milestone forecast later than its baseline
/// gets a second diamond at the baseline, so the slip shows as the gap between the two.
/// Mermaid's task tags set the look: `done` (grey) for complete, `crit` (red) for overdue,
/// `active` (highlighted) for due soon or slipped; titles also say it in words, because
/// colour alone does not survive printing. Cancelled milestones are left out.
///
/// Task ids are `m1`, `m2`, … by position, so no id from the file reaches Mermaid, and
/// `todayMarker off` stops Mermaid drawing the day the pack is viewed; an "As of" diamond
/// marks the pack's own date instead.
struct MermaidGantt {
    let context: PackContext

    /// The workstreams in file order, then "Other" for milestones without one (or
    /// "Milestones" when the programme has no workstreams).
    var groups: [(name: String, milestones: [(index: Int, status: MilestoneStatus)])] {
        let shown = context.report.milestones.enumerated()
            .filter { $0.element.state != .cancelled }
            .map { (index: $0.offset + 1, status: $0.element) }
        var groups = context.programme.workstreams.map { w in
            (name: w.name, milestones: shown.filter { $0.status.milestone.workstream == w.id })
        }
        let known = Set(context.programme.workstreams.map(\.id))
        let others = shown.filter { $0.status.milestone.workstream.map(known.contains) != true }
        groups.append((name: groups.isEmpty ? "Milestones" : "Other", milestones: others))
        return groups.filter { !$0.milestones.isEmpty }
    }

    /// The chart in a fenced block, or nil when there is no milestone to draw.
    func render() -> String? {
        let groups = groups
        guard !groups.isEmpty else { return nil }
        var lines = [
            "```mermaid",
            "gantt",
            "    dateFormat YYYY-MM-DD",
            "    axisFormat %b %Y",
            "    todayMarker off",
            "    section As of",
            "    As of \(Formatting.date(context.asOf)) :milestone, asof, \(context.asOf), 0d",
        ]
        for group in groups {
            lines.append("    section \(sectionName(group.name))")
            for (index, status) in group.milestones {
                lines += tasks(for: status, id: "m\(index)")
            }
        }
        lines.append("```")
        return lines.joined(separator: "\n") + "\n"
    }

    private func sectionName(_ name: String) -> String {
        let label = MermaidText.label(name)
        return label.isEmpty ? "Workstream" : label
    }

    private func tasks(for status: MilestoneStatus, id: String) -> [String] {
        let m = status.milestone
        let titled = MermaidText.label(m.title, maxLength: 50)
        let title = titled.isEmpty ? MermaidText.label(m.id, maxLength: 50) : titled
        let end = status.state == .complete ? (m.completed ?? m.effective) : m.effective
        var tags: [String] = []
        var words: [String] = []
        switch status.state {
        case .complete:
            tags.append("done")
            words.append("done")
        case .overdue:
            tags.append("crit")
            words.append("overdue")
        case .dueSoon:
            tags.append("active")
            words.append("due soon")
        case .onTrack, .cancelled:
            if status.slippedDays > 0 { tags.append("active") }
        }
        var lines: [String] = []
        if status.slippedDays > 0 {
            if status.isOpen { words.insert("forecast", at: 0) }
            let baseline = MermaidText.ganttTask("\(title) (baseline)", maxLength: 70)
            lines.append("    \(baseline) :milestone, \(id)b, \(m.due), 0d")
        }
        let label = MermaidText.ganttTask(words.isEmpty ? title : "\(title) (\(words.joined(separator: ", ")))",
                                          maxLength: 70)
        if let start = m.start, start < end {
            lines.append("    \(label) :\((tags + [id]).joined(separator: ", ")), \(start), \(end)")
        } else {
            lines.append("    \(label) :\((tags + ["milestone", id]).joined(separator: ", ")), \(end), 0d")
        }
        return lines
    }
}
