/// The Gantt chart as SVG: a row a milestone under its workstream, a diamond at its date
/// (a bar from its start when it has one), a hollow diamond at the baseline when the
/// forecast is later, and a dashed line at the as-of date. Every state is said in words
/// beside the marker and overdue is hatched, so the chart reads without colour.
struct SVGGantt {
    let chart: GanttChart

    private let width = 700.0
    private let labelWidth = 200.0
    private var x0: Double { labelWidth + 12 }
    private var x1: Double { width - 12 }
    private let top = 40.0
    private let lineHeight = 13.0

    private var days: [Day] {
        chart.groups.flatMap(\.tasks).flatMap { [$0.start, $0.end, $0.slippedFrom].compactMap { $0 } } + [chart.asOf]
    }

    private var range: (low: Day, high: Day) {
        let low = days.min() ?? chart.asOf
        let high = days.max() ?? chart.asOf
        let span = max(low.days(to: high), 60)
        let pad = max(span / 25, 5)
        return (low.adding(days: -pad), high.adding(days: pad))
    }

    private func x(_ day: Day) -> Double {
        let (low, high) = range
        return x0 + Double(low.days(to: day)) / Double(max(low.days(to: high), 1)) * (x1 - x0)
    }

    /// The tallest part a chart is drawn in, in the chart's units (700 wide): less than an
    /// A4 page, so each part prints whole and every page has its own date axis.
    static let partHeight = 880.0

    /// The chart as one SVG, or several when it is taller than a page: split between
    /// workstreams where possible, each part with the same dates and the as-of line, the
    /// key under the last.
    func render() -> [H.Content] {
        var parts: [[(name: String, tasks: [GanttChart.Task])]] = [[]]
        var used = 0.0
        for group in chart.groups {
            let name = PlainText.isBlank(group.name) ? "Workstream" : PlainText.oneLine(group.name)
            var piece: [GanttChart.Task] = []
            var continued = false
            for task in group.tasks {
                let needed = rowHeight(task) + (piece.isEmpty ? 20 : 0)
                if used + needed > Self.partHeight - top - 50, used > 0 {
                    if !piece.isEmpty {
                        parts[parts.count - 1].append((continued ? "\(name) (continued)" : name, piece))
                        continued = true
                    }
                    parts.append([])
                    piece = []
                    used = 0
                }
                used += rowHeight(task) + (piece.isEmpty ? 20 : 0)
                piece.append(task)
            }
            if !piece.isEmpty { parts[parts.count - 1].append((continued ? "\(name) (continued)" : name, piece)) }
        }
        let nonEmpty = parts.filter { !$0.isEmpty }
        return nonEmpty.enumerated().map { index, groups in
            render(groups, part: index + 1, of: nonEmpty.count)
        }
    }

    private func render(_ groups: [(name: String, tasks: [GanttChart.Task])], part: Int, of parts: Int) -> H.Content {
        var rows: [H.Content] = []
        var y = top
        for group in groups {
            rows.append(SVG.rect(0, y, width, 18, fill: "#f0f0f0"))
            rows.append(SVG.text(4, y + 13, SVG.fit(group.name, width: width - 8), weight: "bold"))
            y += 20
            for task in group.tasks {
                let height = rowHeight(task)
                rows += self.task(task, y: y, height: height)
                y += height
            }
        }
        let last = part == parts
        let legendTop = y + 10
        let height = last ? legendTop + 40 : y + 4
        let asOfX = x(chart.asOf)
        var drawn = ticks(bottom: y) + rows
        drawn.append(SVG.line(asOfX, 26, asOfX, y, stroke: SVG.red, width: 1.2, dash: "4 3"))
        let asOfLabel = "As of \(Formatting.date(chart.asOf))"
        let half = SVG.width(asOfLabel, size: 10) / 2
        let anchor = asOfX + half > width ? "end" : (asOfX - half < x0 ? "start" : "middle")
        drawn.append(SVG.text(asOfX, 12, asOfLabel, anchor: anchor, size: 10, weight: "bold", fill: SVG.red))
        if last { drawn += legend(y: legendTop) }
        let count = chart.groups.reduce(0) { $0 + $1.tasks.count }
        var label = "Timeline of \(Formatting.count(count, "milestone")) as of \(Formatting.date(chart.asOf))"
        if parts > 1 { label += ", part \(part) of \(parts)" }
        return SVG.svg(width: width, height: height, label: label, drawn)
    }

    private func titleLines(_ task: GanttChart.Task) -> [String] {
        let title = PlainText.isBlank(task.title) ? task.id : PlainText.oneLine(task.title)
        return SVG.wrap(title, width: labelWidth - 8, lines: 2)
    }

    private func rowHeight(_ task: GanttChart.Task) -> Double {
        Double(titleLines(task).count) * lineHeight + 9
    }

    /// Month ticks and grid lines, a step of 1, 3, 6 or 12 months or more so at most eight show.
    private func ticks(bottom: Double) -> [H.Content] {
        let (low, high) = range
        let months = (high.year - low.year) * 12 + high.month - low.month + 1
        let step = [1, 2, 3, 6, 12, 24, 60, 120].first { months / $0 <= 7 } ?? 240
        var out: [H.Content] = []
        var year = low.year
        var month = low.month
        // Start on a month that the step divides, so ticks fall on quarters and years.
        while (month - 1) % min(step, 12) != 0 || (step > 12 && year % (step / 12) != 0) {
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        while let day = Day(year: year, month: month, day: 1), day <= high {
            if day >= low {
                let tx = x(day)
                out.append(SVG.line(tx, 28, tx, bottom, stroke: SVG.gridLine))
                out.append(SVG.text(tx + 2, 36, Formatting.period(.month(year: year, month: month)), size: 9, fill: "#555"))
            }
            month += step
            while month > 12 { month -= 12; year += 1 }
        }
        return out
    }

    private struct Look {
        let fill: String
        let stroke: String
        let word: String
    }

    private func look(_ task: GanttChart.Task) -> Look {
        switch task.state {
        case .complete: Look(fill: SVG.grey, stroke: SVG.grey, word: "done")
        case .overdue: Look(fill: "url(#hatch-overdue)", stroke: SVG.red, word: "overdue")
        case .dueSoon: Look(fill: SVG.amber, stroke: SVG.amber, word: "due soon")
        case .onTrack, .cancelled:
            task.slippedFrom != nil
                ? Look(fill: "#ffffff", stroke: SVG.amber, word: "forecast, slipped")
                : Look(fill: SVG.blue, stroke: SVG.blue, word: "")
        }
    }

    private func task(_ task: GanttChart.Task, y: Double, height: Double) -> [H.Content] {
        var out: [H.Content] = []
        for (index, line) in titleLines(task).enumerated() {
            out.append(SVG.text(4, y + 12 + Double(index) * lineHeight, line))
        }
        out.append(SVG.line(0, y + height, width, y + height, stroke: "#f3f3f3"))
        let mid = y + height / 2
        let look = look(task)
        let end = x(task.end)
        if let start = task.start {
            out.append(SVG.rect(x(start), mid - 4, end - x(start), 8, fill: look.fill, stroke: look.stroke,
                                extra: [("fill-opacity", task.state == .overdue ? "1" : "0.55")]))
        }
        // The baseline over the bar, so a slip shows even when the bar spans it.
        if let baseline = task.slippedFrom {
            let bx = x(baseline)
            out.append(SVG.line(bx, mid, end, mid, stroke: SVG.amber, width: 1.2, dash: "2 2"))
            out.append(SVG.diamond(bx, mid, size: 5, fill: "#ffffff", stroke: "#333333"))
        }
        out.append(SVG.diamond(end, mid, size: 6, fill: look.fill, stroke: look.stroke))
        let date = Formatting.date(task.end)
        // The words, longest first: a shorter form is used only where the full one has no room.
        var wordings: [String]
        if task.state == .complete && !task.completionRecorded {
            wordings = ["done, date not recorded · due \(date)", "done, date not recorded", "done, undated"]
        } else {
            wordings = [look.word.isEmpty ? date : "\(look.word) · \(date)"]
        }
        if task.state == .complete { wordings = wordings.map { "✓ " + $0 } }
        // Right of the marker; else left of the bar (and baseline), so the words never lie
        // over the bar; else the shortest words, left of the marker.
        let leftmost = [task.start, task.slippedFrom].compactMap { $0.map(x) }.reduce(end, min)
        func place(_ words: String) -> (x: Double, right: Bool)? {
            let textWidth = SVG.width(words, size: 9.5)
            if end + 10 + textWidth <= width - 2 { return (end + 10, true) }
            if leftmost - 10 - textWidth >= labelWidth { return (leftmost - 10, false) }
            return nil
        }
        let placed = wordings.lazy.compactMap { words in place(words).map { (words, $0) } }.first
        let words = placed?.0 ?? wordings[wordings.count - 1]
        let (textX, fitsRight) = placed?.1 ?? (end - 10, false)
        out.append(SVG.text(textX, mid + 3.5, words, anchor: fitsRight ? "start" : "end",
                            size: 9.5, fill: task.state == .overdue ? SVG.red : "#333",
                            extra: [("paint-order", "stroke"), ("stroke", "#ffffff"), ("stroke-width", "3")]))
        return out
    }

    private func legend(y: Double) -> [H.Content] {
        var out: [H.Content] = []
        var x = 4.0
        func item(_ marker: H.Content, _ label: String) {
            out.append(marker)
            out.append(SVG.text(x + 10, y + 4, label, size: 9.5))
            x += 22 + SVG.width(label, size: 9.5)
        }
        item(SVG.diamond(x + 2, y, size: 5, fill: SVG.blue, stroke: SVG.blue), "on track")
        item(SVG.diamond(x + 2, y, size: 5, fill: SVG.amber, stroke: SVG.amber), "due soon")
        item(SVG.diamond(x + 2, y, size: 5, fill: "url(#hatch-overdue)", stroke: SVG.red), "overdue (hatched)")
        item(SVG.diamond(x + 2, y, size: 5, fill: "#ffffff", stroke: SVG.amber), "forecast after baseline")
        item(SVG.diamond(x + 2, y, size: 5, fill: "#ffffff", stroke: SVG.grey), "baseline")
        item(SVG.diamond(x + 2, y, size: 5, fill: SVG.grey, stroke: SVG.grey), "done")
        out.append(SVG.line(4, y + 20, 24, y + 20, stroke: SVG.red, width: 1.2, dash: "4 3"))
        out.append(SVG.text(30, y + 24, "as-of date. Bars run from a milestone's start to its date; cancelled milestones are not shown.",
                            size: 9.5))
        return out
    }
}
