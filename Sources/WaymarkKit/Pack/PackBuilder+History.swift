extension PackBuilder {
    /// "Changes since <date>", when the pack is made with `--since`; nil otherwise.
    func changes() -> PackSection? {
        guard let changes = history.changes else { return nil }
        let diff = changes.diff
        var blocks: [PackBlock] = [.heading(2, "\(words: ChangesSection.title(since: diff.since))")]
        if let since = diff.since {
            blocks.append(.paragraph("Compared with \(ChangeBlocks.revision(since))."))
        }
        if let programme = diff.programme(programme.id) {
            blocks += ChangeBlocks.body(programme, since: diff.since)
        } else {
            blocks.append(.paragraph("This programme is not in the files compared."))
        }
        return PackSection(.changes, blocks)
    }

    /// The figures at every commit that changed the file, when made with `--history`.
    func progressOverTime() -> PackSection? {
        guard let history = history.histories[programme.id] else { return nil }
        return PackSection(.history, HistoryBlocks.blocks(history), startsPage: true)
    }
}

/// A programme's changes since an earlier revision, as pack blocks: the headline figures
/// then and now, then a list a kind of change.
enum ChangeBlocks {
    /// `board-2024-06 (commit 1a2b3c4, 12 Mar 2024)`, or just the commit when that is the name.
    static func revision(_ revision: Revision) -> PackText {
        let isCommit = revision.commit.hasPrefix(revision.name)
        let name = PackSpan.code(isCommit && revision.name.count >= 7 ? revision.shortCommit : revision.name)
        let commit: PackText = isCommit ? "" : "commit \(.code(revision.shortCommit)), "
        return "\(name) (\(commit)\(.date(revision.date)))"
    }

    static func body(_ p: ProgrammeDiff, since: Revision?) -> [PackBlock] {
        let name = PackSpan.code(since?.name ?? "then")
        let sinceName: PackText = since == nil ? "then" : "\(name)"
        let date = { (day: Day?) -> PackText in day.map { "\(.date($0))" } ?? "an unknown date" }
        let percent = { (value: Double?) -> PackText in value.map { "\(.percent($0))" } ?? "none" }
        let figures = { (complete: Double?, planned: Double?, rag: RAGBreakdown?) -> PackText in
            "\(percent(complete)) complete (planned \(percent(planned))), RAG \(words: rag.map { $0.part(.overall).label } ?? "none")"
        }
        switch p.status {
        case .added:
            return [.paragraph("New since \(sinceName): not in the files at that revision. As at \(date(p.nowAsOf)): "
                + "\(figures(p.percentComplete.now, p.plannedPercent.now, p.ragNow)).")]
        case .removed:
            let file: PackText = p.thenFile.map { "\(.code($0))" } ?? "?"
            return [.paragraph("Removed since \(sinceName): no longer in the files (it was \(file)). "
                + "As at \(date(p.thenAsOf)) it was \(figures(p.percentComplete.then, p.plannedPercent.then, p.ragThen)).")]
        case .unchanged:
            return [.paragraph("No changes since \(sinceName) (figures as at \(date(p.thenAsOf)) then and \(date(p.nowAsOf)) now).")]
        case .changed:
            break
        }
        var about: PackText = "Programme \(.code(p.id)) in \(p.nowFile.map { "\(.code($0))" } ?? "?")"
        if p.isRenamed, let then = p.thenFile { about += " (renamed from \(.code(then)))" }
        var blocks: [PackBlock] = [.paragraph("\(about). Figures as at \(date(p.thenAsOf)) then and \(date(p.nowAsOf)) now.")]
        var table = PackTable([.init("Figure"), .init("Then"), .init("Now"), .init("Change")])
        table.emptyCell = ""
        // Figures typed, so they read as in the rest of the pack (`100%`, `£24,000`).
        for (label, shift) in [("Percent complete", p.percentComplete), ("Planned", p.plannedPercent)] {
            table.add(["\(words: label)", percent(shift.then), percent(shift.now), "\(words: HistoryWording.points(shift))"])
        }
        var amounts: [(String, FigureShift)] = []
        if p.realisedToDate.then != nil || p.realisedToDate.now != nil {
            amounts += [("Realised to date", p.realisedToDate), ("Target to date", p.targetToDate)]
        }
        if (p.otherRealisedToDate.then ?? 0) != 0 || (p.otherRealisedToDate.now ?? 0) != 0 {
            amounts.append(("Other realised to date (no target; not in realised)", p.otherRealisedToDate))
        }
        if p.spentToDate.then != nil || p.spentToDate.now != nil {
            amounts += [("Spent to date", p.spentToDate), ("Net benefit to date", p.netBenefitToDate)]
        }
        if !amounts.isEmpty {
            let money = { (value: Double?) -> PackText in value.map { "\(.money($0, currency: p.currency))" } ?? "none" }
            for (label, shift) in amounts {
                var change: PackText = ""
                if let difference = shift.change, let trend = shift.trend {
                    change = trend == .steady
                        ? "no change" : "\(words: TrendArrow.label(trend)) \(.money(abs(difference), currency: p.currency))"
                }
                table.add(["\(words: label)", money(shift.then), money(shift.now), change])
            }
        }
        for part in RAGPart.allCases {
            let shift = p.rag(part)
            table.add(["RAG \(words: part.rawValue)", PackText([.text(shift.thenLabel)]), PackText([.text(shift.nowLabel)]),
                       "\(words: shift.direction?.rawValue ?? (shift.isChanged ? "changed" : "no change"))"])
        }
        blocks.append(.table(table))
        for section in HistoryWording.sections(p, style: .plain) {
            blocks.append(.heading(3, "\(words: section.title)"))
            blocks.append(.bullets(section.lines.map {
                "\(.strong("\(words: $0.label)")) \(.code($0.item.id)) \(.text($0.item.title)): \(.text($0.detail))"
            }))
        }
        return blocks
    }
}

/// A programme's history as pack blocks: a burn-up of percent complete and planned, and a
/// table a commit.
enum HistoryBlocks {
    static func blocks(_ history: ProgrammeHistory) -> [PackBlock] {
        var blocks: [PackBlock] = [.heading(2, "Progress over time")]
        if let chart = burnUp(history) {
            let name = history.name ?? history.path
            blocks.append(.paragraph(PackText([.emphasis("Burn-up of \(.text(name)): the first line is percent complete "
                + "and the second is planned percent, at each commit that changed the file, by as-at date.")])))
            blocks.append(.chart(.burnUp(chart)))
        }
        // Pounds recorded with no target get a column of their own, beside realised and never in it.
        let other = history.hasOtherRealised
        // Spend and net benefit only for a programme that records spend at some commit (SPEC 3.7).
        let spend = history.hasSpend
        var table = PackTable([.init("Commit"), .init("Committed"), .init("As at"), .init("Complete", .right),
                               .init("Planned", .right), .init("RAG"), .init("Realised to date", .right),
                               .init("Target to date", .right)]
                              + (other ? [.init("Other realised (no target)", .right)] : [])
                              + (spend ? [.init("Spent to date", .right), .init("Net benefit to date", .right)] : [])
                              + [.init("Change")])
        table.emptyCell = ""
        for entry in history.entries {
            let currency = entry.currency ?? "GBP"
            let money = { (value: Double?) -> PackText in value.map { "\(.money($0, currency: currency))" } ?? "—" }
            let percent = { (value: Double?) -> PackText in value.map { "\(.percent($0))" } ?? "—" }
            let complete: PackText = if entry.errors > 0 {
                "\(.count(entry.errors, "error")) in the file"
            } else if entry.programmeID == nil {
                "not a programme"
            } else {
                entry.percentComplete.map { "\(.percent($0))" } ?? "no milestones"
            }
            let rag: PackText = entry.overall == nil && entry.overallNotRated == nil
                ? "—" : "\(words: NotRatedReason.label(entry.overall, entry.overallNotRated))"
            table.add(["\(.code(entry.shortCommit))", "\(.date(entry.date))", "\(.date(entry.asOf))", complete,
                       percent(entry.plannedPercent), rag, money(entry.realisedToDate), money(entry.targetToDate)]
                      + (other ? [money(entry.otherRealisedToDate)] : [])
                      + (spend ? [money(entry.spentToDate), money(entry.netBenefitToDate)] : [])
                      + [PackText([.text(entry.subject)])])
        }
        blocks.append(.table(table))
        if history.isShallow {
            blocks.append(.paragraph("This clone is shallow, so older commits may be missing; fetch the full history "
                + "(\(.code("fetch-depth: 0")) in GitHub Actions) to see them all."))
        }
        return blocks
    }

    /// Percent complete and planned at each commit with figures, by as-at date; nil when
    /// no commit has figures (its file had errors, or no milestones).
    static func burnUp(_ history: ProgrammeHistory) -> LineChart? {
        let points = history.entries.compactMap { entry -> (entry: ProgrammeHistory.Entry, complete: Double, planned: Double)? in
            guard let complete = entry.percentComplete, let planned = entry.plannedPercent else { return nil }
            return (entry, complete, planned)
        }
        guard !points.isEmpty else { return nil }
        let dates = points.map { point in Formatting.date(point.entry.asOf ?? point.entry.date) }
        // Categories must differ, or a chart merges them: a repeated date gets its commit.
        let labels = zip(points, dates).map { point, date in
            dates.filter { $0 == date }.count > 1 ? "\(date) (\(point.entry.shortCommit))" : date
        }
        let name = history.name ?? history.path
        return LineChart(title: "\(name) - percent complete and planned", categoryTitle: "As at", axisTitle: "Percent",
                         categories: labels,
                         series: [.init(name: "Percent complete", values: points.map(\.complete)),
                                  .init(name: "Planned", values: points.map(\.planned))],
                         values: .percent)
    }
}
