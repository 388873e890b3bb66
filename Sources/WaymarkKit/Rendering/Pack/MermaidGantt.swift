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
    let chart: GanttChart

    /// The chart in a fenced block.
    func render() -> String {
        var lines = [
            "```mermaid",
            "gantt",
            "    dateFormat YYYY-MM-DD",
            "    axisFormat %b %Y",
            "    todayMarker off",
            "    section As of",
            "    As of \(Formatting.date(chart.asOf)) :milestone, asof, \(chart.asOf), 0d",
        ]
        for group in chart.groups {
            lines.append("    section \(sectionName(group.name))")
            for task in group.tasks {
                lines += tasks(for: task, id: "m\(task.number)")
            }
        }
        lines.append("```")
        return lines.joined(separator: "\n") + "\n"
    }

    /// What the chart shows, for the reader: Mermaid's colours need words.
    static let key = "Diamonds mark milestone dates; bars run from a milestone's start to its date. "
        + "Words in brackets say what the colours show: done (grey), overdue (red), due soon or forecast "
        + "(highlighted). A milestone forecast later than its baseline has a second diamond, marked baseline, "
        + "at the date first agreed. Cancelled milestones are not shown."

    private func sectionName(_ name: String) -> String {
        let label = MermaidText.label(name)
        return label.isEmpty ? "Workstream" : label
    }

    private func tasks(for task: GanttChart.Task, id: String) -> [String] {
        let titled = MermaidText.label(task.title, maxLength: 50)
        let title = titled.isEmpty ? MermaidText.label(task.id, maxLength: 50) : titled
        var tags: [String] = []
        var words: [String] = []
        switch task.state {
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
            if task.slippedFrom != nil { tags.append("active") }
        }
        var lines: [String] = []
        if let baseline = task.slippedFrom {
            if task.isOpen { words.insert("forecast", at: 0) }
            let label = MermaidText.ganttTask("\(title) (baseline)", maxLength: 70)
            lines.append("    \(label) :milestone, \(id)b, \(baseline), 0d")
        }
        let label = MermaidText.ganttTask(words.isEmpty ? title : "\(title) (\(words.joined(separator: ", ")))",
                                          maxLength: 70)
        if let start = task.start {
            lines.append("    \(label) :\((tags + [id]).joined(separator: ", ")), \(start), \(task.end)")
        } else {
            lines.append("    \(label) :\((tags + ["milestone", id]).joined(separator: ", ")), \(task.end), 0d")
        }
        return lines
    }
}
