/// How a renderer writes what came from the files: plain for a terminal, escaped for Markdown.
struct ChangeStyle: Sendable {
    /// Text from YAML (titles, units).
    let text: @Sendable (String) -> String
    /// Ids and paths.
    let code: @Sendable (String) -> String

    static let plain = ChangeStyle(text: HistoryWording.plain, code: HistoryWording.plain)
    static let markdown = ChangeStyle(text: HistoryMarkdown.escape, code: HistoryMarkdown.code)
}

/// One reported change: a label (`Completed`), the item, and the figures.
struct ChangeLine {
    let label: String
    let item: ChangedItem
    let detail: String
}

/// The words and figures of a diff, shared by the text and Markdown renderers so that
/// both say the same thing.
enum HistoryWording {
    /// `31 Mar 2024`, as the packs write it.
    static func date(_ day: Day) -> String { Formatting.date(day) }

    /// Text from a file on one line, without control characters.
    static func plain(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 }.filter { !($0.asciiValue.map { $0 < 32 || $0 == 127 } ?? false) })
    }

    /// 62.5 → `62.5%`; nil → `none`.
    static func percentage(_ value: Double?) -> String {
        value.map { "\(oneDecimal($0))%" } ?? "none"
    }

    /// A realisation ratio as a whole percentage (`0.6` → `60%`); nil → `none`.
    static func realisation(_ ratio: Double?) -> String {
        ratio.map(percent) ?? "none"
    }

    /// An amount in a benefit's unit, written as the packs write it: money in full
    /// (`£24,000`), a percentage unit as `42%`, else the figure and the unit (`26 children`).
    static func amount(_ value: Double?, unit: String, style: ChangeStyle = .plain) -> String {
        guard let value else { return "none" }
        if ["GBP", "EUR", "USD"].contains(unit) { return Formatting.money(value, currency: unit) }
        let figure = Formatting.number(value)
        return Formatting.isPercentUnit(unit) ? "\(figure)%" : "\(figure) \(style.text(unit))"
    }

    /// `↑ up 20.0 points` for a percentage shift; `no change`; empty when a side is missing.
    static func points(_ shift: FigureShift, scale: Double = 1, decimals: Bool = true) -> String {
        guard let change = shift.change, let trend = shift.trend else { return "" }
        if trend == .steady { return "no change" }
        let size = abs(change * scale)
        let figure = decimals ? oneDecimal(size) : String(Int(size.rounded()))
        return "\(TrendArrow.label(trend)) \(figure) points"
    }

    /// `↑ up £16,000` for an amount shift.
    static func amountChange(_ shift: FigureShift, unit: String) -> String {
        guard let change = shift.change, let trend = shift.trend else { return "" }
        if trend == .steady { return "no change" }
        return "\(TrendArrow.label(trend)) \(amount(abs(change), unit: unit))"
    }

    /// `amber → red (worse)`, `red (no change)`.
    static func rag(_ shift: RAGShift) -> String {
        guard shift.isChanged else { return "\(shift.nowLabel) (no change)" }
        let direction = shift.direction.map { " (\($0.rawValue))" } ?? ""
        return "\(shift.thenLabel) → \(shift.nowLabel)\(direction)"
    }

    /// `45 days later`, `3 days earlier`, `the same day`.
    static func moved(_ from: Day, _ to: Day) -> String {
        let days = from.days(to: to)
        if days == 0 { return "the same day" }
        return "\(plural(abs(days), "day")) \(days > 0 ? "later" : "earlier")"
    }

    /// `due 31 Mar 2024`, or `forecast 15 May 2024` when the forecast differs from the baseline.
    static func dated(_ due: Day, _ effective: Day) -> String {
        effective == due ? "due \(date(due))" : "forecast \(date(effective))"
    }

    static func state(_ state: MilestoneState) -> String {
        switch state {
        case .onTrack: "on track"
        case .dueSoon: "due soon"
        case .overdue: "overdue"
        case .complete: "complete"
        case .cancelled: "cancelled"
        }
    }

    // MARK: - Sentences

    static func lines(_ changes: [MilestoneChange]) -> [ChangeLine] {
        changes.map { change in
            switch change {
            case let .completed(item, completed, due, after, before):
                let detail: String
                if let completed, let after {
                    let when = after == 0 ? "on its baseline date"
                        : "\(plural(abs(after), "day")) \(after > 0 ? "after" : "before") its baseline of \(date(due))"
                    detail = "completed \(date(completed)), \(when) (was \(percentage(before)))"
                } else {
                    detail = "reached 100% (was \(percentage(before))); no completion date given"
                }
                return ChangeLine(label: "Completed", item: item, detail: detail)
            case let .added(item, due, effective, completed, state, daysOverdue):
                let detail: String = switch state {
                case .overdue: "new, overdue by \(plural(daysOverdue ?? 0, "day")) (\(dated(due, effective)))"
                case .complete: completed.map { "new, completed \(date($0))" } ?? "new, complete"
                case .cancelled: "new, cancelled"
                case .onTrack, .dueSoon: "new, \(Self.state(state)) (\(dated(due, effective)))"
                }
                return ChangeLine(label: "Added", item: item, detail: detail)
            case let .removed(item, state):
                return ChangeLine(label: "Removed", item: item, detail: "no longer in the file (was \(Self.state(state)))")
            case let .cancelled(item, before):
                return ChangeLine(label: "Cancelled", item: item, detail: "descoped (was \(Self.state(before)))")
            case let .reopened(item, before, state):
                return ChangeLine(label: "Reopened", item: item, detail: "open again (was \(Self.state(before))), now \(Self.state(state))")
            case let .forecastMoved(item, from, to):
                return ChangeLine(label: "Forecast moved", item: item, detail: "\(date(from)) → \(date(to)), \(moved(from, to))")
            case let .baselineMoved(item, from, to):
                return ChangeLine(label: "Baseline moved", item: item,
                                  detail: "re-baselined \(date(from)) → \(date(to)), \(moved(from, to))")
            case let .newlySlipped(item, due, forecast, days):
                return ChangeLine(label: "Newly slipped", item: item,
                                  detail: "\(plural(days, "day")) behind its baseline (due \(date(due)), forecast \(date(forecast)))")
            case let .newlyOverdue(item, due, effective, days):
                return ChangeLine(label: "Newly overdue", item: item,
                                  detail: "overdue by \(plural(days, "day")) (\(dated(due, effective)))")
            case let .progress(item, from, to):
                let shift = FigureShift(then: from, now: to)
                return ChangeLine(label: "Progress", item: item,
                                  detail: "\(percentage(from)) → \(percentage(to)) (\(points(shift)))")
            }
        }
    }

    static func lines(_ changes: [BenefitChange], style: ChangeStyle) -> [ChangeLine] {
        changes.map { change in
            let unit = change.unit
            let toDate = { (actual: Double?, target: Double?) -> String in
                target == nil ? amount(actual, unit: unit, style: style)
                    : "\(amount(actual, unit: unit, style: style)) of \(amount(target, unit: unit, style: style))"
            }
            switch change.kind {
            case .added where change.isCancelled:
                return ChangeLine(label: "Added", item: change.item, detail: "new, descoped (cancelled): counted nowhere")
            case .descoped:
                let was = change.realisation.then.map { "; it was \(percent($0)) of its target to date" } ?? ""
                return ChangeLine(label: "Descoped", item: change.item,
                                  detail: "benefit descoped (status: cancelled), so it counts nowhere now\(was)")
            case .reinstated:
                var detail = "no longer cancelled, so it counts again"
                if let realisation = change.realisation.now {
                    detail += ": \(percent(realisation)) of its target to date"
                }
                return ChangeLine(label: "Reinstated", item: change.item, detail: detail)
            case .added:
                var detail = "new"
                if let realisation = change.realisation.now {
                    detail += ", \(percent(realisation)) of its target to date"
                    if let rag = change.rag.now { detail += " (\(rag.rawValue))" }
                } else if change.targetToDate.now == nil {
                    detail += "; no targets, so not measured"
                } else {
                    detail += "; no realisation to date yet"
                }
                return ChangeLine(label: "Added", item: change.item, detail: detail)
            case .removed:
                let was = change.realisation.then.map { " (was \(percent($0)) of its target to date)" } ?? ""
                return ChangeLine(label: "Removed", item: change.item, detail: "no longer in the file\(was)")
            case .changed:
                var parts: [String] = []
                let profile = { (name: String, periods: [BenefitChange.PeriodChange]) in
                    guard !periods.isEmpty else { return }
                    parts.append("\(name) " + periods.map { p in
                        switch (p.then, p.now) {
                        case (nil, _): "\(p.period) \(amount(p.now, unit: unit, style: style)) (new)"
                        case (_, nil): "\(p.period) \(amount(p.then, unit: unit, style: style)) (removed)"
                        default: "\(p.period) \(amount(p.then, unit: unit, style: style)) → \(amount(p.now, unit: unit, style: style))"
                        }
                    }.joined(separator: ", "))
                }
                profile("targets", change.targets)
                profile("actuals", change.actuals)
                var realisation = "realisation to date \(Self.realisation(change.realisation.then)) → \(Self.realisation(change.realisation.now))"
                let shift = points(change.realisation, scale: 100, decimals: false)
                if !shift.isEmpty { realisation += " (\(shift))" }
                parts.append(realisation)
                if change.actualToDate.isChanged || change.targetToDate.isChanged {
                    parts.append("to date \(toDate(change.actualToDate.then, change.targetToDate.then)) → \(toDate(change.actualToDate.now, change.targetToDate.now))")
                }
                if change.actualOutsideProfile.isChanged {
                    parts.append("outside its target profile, not counted, \(amount(change.actualOutsideProfile.then, unit: unit, style: style)) → "
                        + amount(change.actualOutsideProfile.now, unit: unit, style: style))
                }
                if change.rag.isChanged { parts.append("RAG \(rag(change.rag))") }
                return ChangeLine(label: "Changed", item: change.item, detail: parts.joined(separator: "; "))
            }
        }
    }

    static func lines(_ changes: [RiskChange]) -> [ChangeLine] {
        let score = { (s: RiskChange.Score?) in
            s.map { "\($0.score) (\($0.likelihood)×\($0.impact), \($0.band.rawValue))" } ?? "not scored"
        }
        let scored = { (s: RiskChange.Score?) in s == nil ? "not scored" : "scored \(score(s))" }
        return changes.map { change in
            switch change.kind {
            case .opened:
                ChangeLine(label: "Opened", item: change.item, detail: "new, \(scored(change.now))")
            case .reopened:
                ChangeLine(label: "Reopened", item: change.item, detail: "open again, \(scored(change.now))")
            case .closed:
                ChangeLine(label: "Closed", item: change.item,
                           detail: change.then == nil ? "closed" : "closed; it was scored \(score(change.then))")
            case .removed:
                ChangeLine(label: "Removed", item: change.item, detail: "no longer in the file; it was \(scored(change.then))")
            case .rescored:
                ChangeLine(label: "Re-scored", item: change.item,
                           detail: "\(score(change.then)) → \(score(change.now))"
                               + (change.trend.map { ", \(TrendArrow.label($0))" } ?? ""))
            }
        }
    }

    static func lines(_ changes: [DependencyChange]) -> [ChangeLine] {
        changes.map { change in
            let needed = change.neededBy.map { "needed by \(date($0))" }
            let late = change.daysLate > 0 ? "\(plural(change.daysLate, "day")) late" : nil
            switch change.kind {
            case .met:
                return ChangeLine(label: "Met", item: change.item, detail: (["met"] + [needed].compactMap { $0 }).joined(separator: ", "))
            case .newlyOverdue:
                return ChangeLine(label: "Newly overdue", item: change.item, detail: [needed, late].compactMap { $0 }.joined(separator: ", "))
            case .added:
                return ChangeLine(label: "Added", item: change.item,
                                  detail: (["new, \(change.status.rawValue)"] + [needed, late].compactMap { $0 }).joined(separator: ", "))
            case .removed:
                return ChangeLine(label: "Removed", item: change.item, detail: "no longer in the file (was \(change.status.rawValue))")
            case .reopened:
                return ChangeLine(label: "Reopened", item: change.item,
                                  detail: (["open again (was met)"] + [needed, late].compactMap { $0 }).joined(separator: ", "))
            }
        }
    }

    /// The change lists of a programme, by section, leaving out empty ones.
    static func sections(_ diff: ProgrammeDiff, style: ChangeStyle) -> [(title: String, lines: [ChangeLine])] {
        [
            ("Milestones", lines(diff.milestones)),
            ("Benefits", lines(diff.benefits, style: style)),
            ("Risks", lines(diff.risks)),
            ("Dependencies", lines(diff.dependencies)),
            ("Funding", lines(diff.funding, currency: diff.currency)),
            ("Issues", lines(diff.issues, style: style)),
            ("Decisions", lines(diff.decisions, style: style)),
            ("Board narrative", lines(diff.narrative, style: style)),
        ].filter { !$0.1.isEmpty }
    }

    /// `board-2024-06 (commit 1a2b3c4, 12 Mar 2024)`, or just the commit when that is the name.
    static func revision(_ revision: Revision, style: ChangeStyle) -> String {
        let name = revision.commit.hasPrefix(revision.name) && revision.name.count >= 7
            ? style.code(revision.shortCommit) : style.code(revision.name)
        let commit = revision.commit.hasPrefix(revision.name) ? "" : "commit \(style.code(revision.shortCommit)), "
        return "\(name) (\(commit)\(date(revision.date)))"
    }
}
