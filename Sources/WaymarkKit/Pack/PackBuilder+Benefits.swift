extension PackBuilder {
    func benefits() -> PackSection {
        var blocks: [PackBlock] = [.heading(2, "Benefits")]
        guard !report.benefits.isEmpty else {
            return PackSection(.benefits, blocks + [.paragraph("No benefits are recorded.")], startsPage: true)
        }
        // Descoped benefits are listed once, apart, and counted nowhere (SPEC 1.4).
        let descoped = report.benefits.filter(\.benefit.cancelled)
        let live = report.benefits.filter { !$0.benefit.cancelled }
        let descopedLine = PackBlock.paragraph("\(.strong("Descoped")) (cancelled; counted in no figure above or below): "
            + .joined(descoped.map { named($0.benefit.title, $0.benefit.id) }, separator: "; ") + ".")
        guard !live.isEmpty else {
            return PackSection(.benefits, blocks + [.paragraph("Every benefit recorded is descoped."), descopedLine],
                               startsPage: true)
        }
        let explanation = RAGReasons(builder: self)
        var table = PackTable([.init("Benefit"), .init("Owner"), .init("Target to date", .right),
                               .init("Actual to date", .right), .init("Achieved", .right), .init("RAG"),
                               .init("Whole-life target", .right), .init("Stretch target", .right)])
        for status in live {
            table.add(benefitRow(status))
        }
        blocks.append(.table(table))
        blocks.append(.paragraph("Target to date counts every period that has ended and the share of the current period "
            + "elapsed by \(.date(asOf)). A level benefit (a measured count or rate rather than a "
            + "running total) compares the latest period with both a target and an actual, and achieved is the "
            + "share of the planned change from its baseline."))
        if !descoped.isEmpty { blocks.append(descopedLine) }
        blocks.append(.heading(3, "Target against actual by period"))
        var charted = false
        var profiled = false
        for status in live where !(status.benefit.targets?.entries.isEmpty ?? true) && !status.benefit.isUnprofiled {
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
                    : "\(name): no period of its target profile has started yet."))
            }
            let outside = outsideProfile(status)
            if !outside.isEmpty {
                blocks.append(.paragraph("Not drawn, as these periods have no target (shown beside the benefit, not counted in it): "
                    + .joined(outside.map { "\(.period($0.period)) \(amount($0.value, unit: status.benefit.unit))" },
                              separator: "; ") + "."))
            }
        }
        if charted {
            blocks.append(.paragraph("Bars show the target for each period of the profile that has started by "
                + "\(.date(asOf)), and the line the actuals recorded within it (0 where none "
                + "is). A period with no target has no bar and is not drawn. A level benefit shows only the "
                + "periods with both a target and a measured actual."))
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
            switch b.direction ?? BenefitStatus.impliedDirection(b, financialYearStart: fyStart) {
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
            return [name, owner, "Not set", value(status.actualOutsideProfile), "Not measured", rag, "—", "—"]
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
            // Actuals for periods with no target are shown beside the benefit, never in it.
            var actual = value(status.actualToDate)
            if let outside = status.actualOutsideProfile, outside != 0 {
                actual += " (and \(amount(outside, unit: b.unit)) for periods with no target, not counted)"
            }
            return [name, owner, value(status.targetToDate), actual, achieved, rag,
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
        guard let last = profile?.entries.last(financialYearStart: fyStart) else { return "—" }
        return "\(amount(last.value, unit: unit)) by \(.period(last.period))"
    }

    private var fyStart: Int { report.settings.financialYearStart }

    private func started(_ entry: Profile.Entry) -> ClosedRange<Day>? {
        guard let range = entry.period.range(financialYearStart: fyStart), range.lowerBound <= asOf else { return nil }
        return range
    }

    /// One benefit's target against actual by period, or nil when no period is drawn.
    ///
    /// Only periods that have started by the as-of date are drawn: a line cannot stop part
    /// way along, so a future period would have to show a false zero. A flow benefit is
    /// drawn over the periods of its target profile (SPEC 3.3, v1.1: actuals are measured
    /// against the profile they belong to): each bar is a target, and the line the actuals
    /// recorded for periods within it (0 where none is), so the line adds up to the actual
    /// to date; actuals for periods with no target are listed beside the chart
    /// (`outsideProfile`). A level benefit (a measured value) is drawn only for the
    /// periods that have both a target and an actual, since a missing measurement is not
    /// a zero. Benefits with no periods (unquantified, or only `total`) have no chart.
    func benefitChart(_ status: BenefitStatus) -> BarLineChart? {
        let benefit = status.benefit
        let targets = (benefit.targets?.entries ?? []).compactMap { entry in started(entry).map { (entry, $0) } }
            .sorted { $0.1.lowerBound < $1.1.lowerBound }
        let points: [BarLineChart.Point]
        switch benefit.kind {
        case .level:
            points = targets.compactMap { entry, _ in
                benefit.actuals?.value(for: entry.period).map { .init(period: entry.period, target: entry.value, actual: $0) }
            }
        case .flow:
            // Each started actual goes to the first target period it overlaps, so no
            // actual is drawn twice when a year's actual spans months of targets.
            var actuals = Array(repeating: 0.0, count: targets.count)
            for entry in benefit.actuals?.entries ?? [] {
                guard let range = started(entry),
                      let index = targets.firstIndex(where: { $0.1.overlaps(range) }) else { continue }
                actuals[index] += entry.value
            }
            points = targets.enumerated().map { index, target in
                .init(period: target.0.period, target: target.0.value, actual: actuals[index])
            }
        }
        guard !points.isEmpty else { return nil }
        return BarLineChart(id: benefit.id, title: benefit.title, unit: benefit.unit, currency: currency, points: points)
    }

    /// A flow benefit's started actuals for periods that overlap no target period: not
    /// drawn, and not counted in its realisation (SPEC 3.3). In date order.
    func outsideProfile(_ status: BenefitStatus) -> [(period: Period, value: Double)] {
        guard status.benefit.kind == .flow else { return [] }
        let targets = (status.benefit.targets?.entries ?? []).compactMap { $0.period.range(financialYearStart: fyStart) }
        return (status.benefit.actuals?.entries ?? [])
            .compactMap { entry in started(entry).map { (entry, $0) } }
            .filter { _, range in !targets.contains { $0.overlaps(range) } }
            .sorted { $0.1.lowerBound < $1.1.lowerBound }
            .map { (period: $0.0.period, value: $0.0.value) }
    }
}
