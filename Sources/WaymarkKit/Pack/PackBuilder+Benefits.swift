extension PackBuilder {
    func benefits() -> PackSection {
        var blocks: [PackBlock] = [.heading(2, "Benefits")]
        guard !report.benefits.isEmpty else {
            return PackSection(.benefits, blocks + [.paragraph("No benefits are recorded.")], startsPage: true)
        }
        let explanation = RAGReasons(builder: self)
        var table = PackTable([.init("Benefit"), .init("Owner"), .init("Target to date", .right),
                               .init("Actual to date", .right), .init("Achieved", .right), .init("RAG"),
                               .init("Whole-life target", .right), .init("Stretch target", .right)])
        for status in report.benefits {
            table.add(benefitRow(status))
        }
        blocks.append(.table(table))
        blocks.append(.paragraph("Target to date counts every period that has ended and the share of the current period "
            + "elapsed by \(.date(asOf)). A level benefit (a measured count or rate rather than a "
            + "running total) compares the latest period with both a target and an actual, and achieved is the "
            + "share of the planned change from its baseline."))
        blocks.append(.heading(3, "Target against actual by period"))
        var charted = false
        var profiled = false
        for status in report.benefits where !(status.benefit.targets?.entries.isEmpty ?? true) && !status.benefit.isUnprofiled {
            profiled = true
            let name = PackText([.strongText(status.benefit.title)])
            let level = status.benefit.kind == .level
            if let chart = benefitChart(status) {
                blocks.append(.paragraph("\(name): \(words: level ? "latest " : "")\(explanation.achievedAgainstTarget(status))"
                                         + "\(words: level ? "" : " to date")."))
                blocks.append(.chart(.targetAgainstActual(chart)))
                charted = true
            } else {
                blocks.append(.paragraph(level
                    ? "\(name): no period has both a target and a measured actual yet."
                    : "\(name): no period has started yet."))
            }
        }
        if charted {
            blocks.append(.paragraph("Bars show the target and the line the actual for each period that has started by "
                + "\(.date(asOf)); a period with no actual recorded shows 0. A level "
                + "benefit shows only the periods with both a target and a measured actual."))
        } else if !profiled {
            blocks.append(.paragraph("No benefit has targets by period to chart."))
        }
        return PackSection(.benefits, blocks, startsPage: true)
    }

    private func benefitRow(_ status: BenefitStatus) -> [PackText] {
        let b = status.benefit
        var name = PackText([.strongText(b.title)])
        var about: [PackText] = []
        if let type = b.type { about.append("\(words: type.rawValue)") }
        if b.kind == .level {
            about.append("level")
            if let baseline = b.baseline { about.append("baseline \(amount(baseline, unit: b.unit))") }
            switch b.direction ?? BenefitStatus.impliedDirection(b) {
            case .up: about.append("higher is better")
            case .down: about.append("lower is better")
            case nil: break
            }
        }
        if !about.isEmpty { name += " (\(PackText.joined(about, separator: "; ")))" }
        let owner = text(b.owner)
        let value = { (value: Double?) -> PackText in value.map { "\(amount($0, unit: b.unit))" } ?? "—" }
        let rag: PackText = "\(.rag(status.rag))"
        if b.isUnquantified {
            return [name, owner, "Not set", value(status.actualToDate), "Not measured", rag, "—", "—"]
        }
        if b.isUnprofiled {
            let recorded: PackText = status.totalActual.map { "\(amount($0, unit: b.unit)) in total, not dated" } ?? "—"
            return [name, owner, "Not profiled", recorded, "Not measured", rag, value(status.totalTarget),
                    value(status.totalStretch)]
        }
        let achieved: PackText = (status.realisation.map { "\(.ratio($0))" } ?? "—")
            + trend(history.changes?.benefitTrend(programme: programme.id, benefit: b.id))
        switch b.kind {
        case .flow:
            return [name, owner, value(status.targetToDate), value(status.actualToDate), achieved, rag,
                    value(status.totalTarget), value(status.totalStretch)]
        case .level:
            let target: PackText = status.targetToDate.map { figure in
                "\(amount(figure, unit: b.unit))" + (status.comparisonPeriod.map { " (\(.period($0)))" } ?? "")
            } ?? "—"
            return [name, owner, target, value(status.actualToDate ?? status.latestActual), achieved, rag,
                    finalValue(b.targets, unit: b.unit), finalValue(b.stretch, unit: b.unit)]
        }
    }

    /// ` ↑ up`: a trend beside a figure when the pack is made with `--since`.
    func trend(_ text: String?) -> PackText {
        guard let text, !text.isEmpty else { return "" }
        return " \(words: text)"
    }

    /// A level benefit's last target (or stretch), with its period: where it should end up.
    private func finalValue(_ profile: Profile?, unit: String) -> PackText {
        guard let last = profile?.entries.filter({ $0.period != .total }).max(by: { $0.period.sortKey < $1.period.sortKey })
        else { return "—" }
        return "\(amount(last.value, unit: unit)) by \(.period(last.period))"
    }

    /// One benefit's target against actual by period, for the periods that have started.
    ///
    /// Only periods that have started by the as-of date are drawn: a line cannot stop part
    /// way along, so a future period would have to show a false zero. For a flow benefit
    /// (an amount a period) a started period with no actual shows 0, which is also how it
    /// counts to date. A level benefit (a measured value) is drawn only for the periods
    /// that have both a target and an actual, since a missing measurement is not a zero.
    func benefitChart(_ status: BenefitStatus) -> BarLineChart? {
        let benefit = status.benefit
        let fyStart = report.settings.financialYearStart
        var periods: [(start: Day, period: Period)] = []
        for entry in (benefit.targets?.entries ?? []) + (benefit.actuals?.entries ?? []) {
            guard let range = entry.period.range(financialYearStart: fyStart), range.lowerBound <= asOf,
                  !periods.contains(where: { $0.period == entry.period })
            else { continue }
            if benefit.kind == .level,
               benefit.targets?.value(for: entry.period) == nil || benefit.actuals?.value(for: entry.period) == nil {
                continue
            }
            periods.append((range.lowerBound, entry.period))
        }
        guard !periods.isEmpty else { return nil }
        let points = periods.sorted { $0.start < $1.start }.map { item in
            BarLineChart.Point(period: item.period,
                               target: benefit.targets?.value(for: item.period),
                               actual: benefit.actuals?.value(for: item.period) ?? 0)
        }
        return BarLineChart(id: benefit.id, title: benefit.title, unit: benefit.unit, currency: currency, points: points)
    }
}
