/// What one input file holds once read.
public enum FileContent: Sendable {
    case programme(Programme)
    case portfolio(Portfolio)
}

/// Maps a file's YAML tree onto the model (SPEC 1), key by key.
struct FileDecoder {
    let reader: NodeReader

    static let itemKeys = ["notes", "source"]
    static let programmeKeys = ["id", "name", "organisation", "sro", "manager", "start", "end", "as_of", "summary",
                                "confidence", "financial_year_start", "budget", "currency", "thresholds"]
    static let topKeys = ["programme", "workstreams", "milestones", "benefits", "risks", "dependencies",
                          "funding", "issues", "decisions", "report"]
    static let portfolioKeys = ["name", "as_of", "financial_year_start", "thresholds"]
    static let thresholdKeys = ["due_soon_days", "overdue_tolerance_days", "benefit_amber", "risk_medium", "risk_high"]
    static let budgetKeys = ["investment", "spent"]
    static let riskTargetKeys = ["likelihood", "impact"]
    static let workstreamKeys = ["id", "name", "lead"] + itemKeys
    static let milestoneKeys = ["id", "title", "workstream", "owner", "start", "due", "forecast", "completed",
                                "progress", "weight", "status", "depends_on"] + itemKeys
    static let benefitKeys = ["id", "title", "kind", "unit", "type", "category", "owner", "measure", "baseline",
                              "direction", "targets", "stretch", "actuals", "enabled_by", "status"] + itemKeys
    static let riskKeys = ["id", "title", "owner", "likelihood", "impact", "target", "mitigation", "status",
                           "review_by", "affects"] + itemKeys
    static let dependencyKeys = ["id", "title", "on", "owner", "needed_by", "status", "affects"] + itemKeys

    /// The file's content, or nil when it is too broken to hold a programme. `items`
    /// holds the list items taken as the file was read, and reads the rest here. The
    /// items have a reader of their own, so that a file whose items hold more mistakes
    /// than can be reported still has the rest of it read.
    static func decode(_ root: Node?, reader: NodeReader, items: ItemDecoder) -> FileContent? {
        guard let root else {
            reader.report(.error(.missingKey,
                "the file is empty; a programme file needs 'programme:' with at least 'id' and 'name'",
                at: SourceLocation(file: reader.file, line: 1, column: 1)))
            return nil
        }
        guard root.isMapping else {
            reader.error(.wrongType,
                "the file holds \(reader.describe(root)), not a programme; a programme file is a mapping that starts with 'programme:'",
                at: root)
            return nil
        }
        let decoder = FileDecoder(reader: reader)
        if root.pairs.contains(where: { $0.key.string == "portfolio" }) {
            // A portfolio has no lists: what reading any items found is not its mistakes.
            items.reader.discard()
            // `require` reports an empty `portfolio:`, which would otherwise be passed over
            // in silence (found by fuzzing).
            guard let top = reader.fields(of: root, what: "the portfolio file", allowed: ["portfolio"]),
                  top.require("portfolio"), let node = top.value("portfolio") else { return nil }
            return decoder.portfolio(node).map(FileContent.portfolio)
        }
        guard let top = reader.fields(of: root, what: "the file", allowed: Self.topKeys) else { return nil }
        let header = top.require("programme") ? top.value("programme").flatMap(decoder.programmeHeader) : nil
        // The lists are read even when the header is unusable, so their mistakes are reported too.
        var programme = header ?? Programme(id: "", name: "", locations: ItemLocations(item: reader.location(of: root)))
        items.decodeRest(of: top)
        items.moveLists(into: &programme)
        programme.narrative = decoder.narrative(in: top)
        decoder.checkOneFundingForm(programme, top)
        // Items left out still answer references to them (their own mistakes are reported).
        for (id, use) in items.ids where !use.kept { programme.brokenItems[id] = use.kind }
        return header == nil ? nil : .programme(programme)
    }

    // MARK: - Programme and portfolio

    func programmeHeader(_ node: Node) -> Programme? {
        guard let f = reader.fields(of: node, what: "'programme'", allowed: Self.programmeKeys) else { return nil }
        var id = f.text("id", required: true)
        let name = f.text("name", required: true)
        if let text = id, let idNode = f.value("id") {
            if isOverlong(text, "programme", at: idNode) {
                id = nil
            } else if !Self.isProgrammeID(text) {
                reader.error(.invalidId,
                    "programme id '\(NodeReader.clip(text))' may hold only lower-case letters, digits and '-' (e.g. 'stepping-stones')",
                    at: idNode)
            }
        }
        let budget = f.value("budget").flatMap { node -> Budget? in
            guard let b = reader.fields(of: node, what: "'budget'", allowed: Self.budgetKeys) else { return nil }
            return Budget(investment: b.number("investment", from: 0), spent: b.number("spent", from: 0))
        }
        let programme = Programme(
            id: id ?? "", name: name ?? "",
            organisation: f.text("organisation"), sro: f.text("sro"), manager: f.text("manager"),
            start: f.day("start"), end: f.day("end"), asOf: f.day("as_of"), summary: f.text("summary"),
            confidence: f.choice("confidence", Confidence.self),
            financialYearStart: f.integer("financial_year_start", in: 1...12),
            budget: budget, currency: f.text("currency") ?? "GBP",
            thresholds: thresholds(f.value("thresholds")),
            locations: f.locations)
        if let start = programme.start, let end = programme.end, end < start {
            reader.report(.error(.inconsistent, "'programme': 'end' \(end) is before 'start' \(start)",
                                 at: f.location("end")))
        }
        return id == nil || name == nil ? nil : programme
    }

    func portfolio(_ node: Node) -> Portfolio? {
        guard let f = reader.fields(of: node, what: "'portfolio'", allowed: Self.portfolioKeys) else { return nil }
        return Portfolio(name: f.text("name"), asOf: f.day("as_of"),
                         financialYearStart: f.integer("financial_year_start", in: 1...12),
                         thresholds: thresholds(f.value("thresholds")), locations: f.locations)
    }

    private func thresholds(_ node: Node?) -> ThresholdOverrides {
        guard let node, let f = reader.fields(of: node, what: "'thresholds'", allowed: Self.thresholdKeys) else {
            return ThresholdOverrides()
        }
        let overrides = ThresholdOverrides(
            dueSoonDays: f.integer("due_soon_days", in: 0...3660),
            overdueToleranceDays: f.integer("overdue_tolerance_days", in: 0...3660),
            benefitAmber: f.number("benefit_amber", from: 0, to: 1),
            riskMedium: f.integer("risk_medium", in: 1...25),
            riskHigh: f.integer("risk_high", in: 1...25))
        if let medium = overrides.riskMedium, let high = overrides.riskHigh, medium > high {
            reader.report(.error(.inconsistent,
                "'thresholds': 'risk_medium' (\(medium)) is above 'risk_high' (\(high))", at: f.location("risk_medium")))
        }
        return overrides
    }

    /// Reports `invalid-id` when `id` is longer than `maxIdLength`. Too long to be a name
    /// anyone types, it would flood every message and table that names the item (and a
    /// programme's names its pack file), so the caller does not keep the item.
    func isOverlong(_ id: String, _ kind: String, at node: Node) -> Bool {
        // No more characters than bytes: most ids are known short without counting.
        guard id.utf8.count > reader.limits.maxIdLength else { return false }
        let length = id.unicodeScalars.count
        guard length > reader.limits.maxIdLength else { return false }
        reader.error(.invalidId,
            "\(kind) id '\(NodeReader.clip(id))' is \(length) characters long; an id is at most \(reader.limits.maxIdLength)",
            at: node)
        return true
    }

    /// Control and format characters (invisible, or able to reorder a line), which no
    /// id may hold.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }

    static func isProgrammeID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    // MARK: - Items

    func workstream(_ f: Fields, id: String) -> Workstream? {
        let name = f.text("name", required: true)
        let workstream = Workstream(id: id, name: name ?? "", lead: f.text("lead"),
                                    notes: f.text("notes"), source: f.text("source"), locations: f.locations)
        return name == nil ? nil : workstream
    }

    func milestone(_ f: Fields, id: String) -> Milestone? {
        // Every field is read before deciding whether the item is usable, so each
        // mistake in it is reported, not just the first.
        let title = f.text("title", required: true)
        let due = f.day("due", required: true)
        let completed = f.day("completed")
        let progress = f.number("progress", from: 0, to: 100)
        let weight = f.number("weight", from: 0, excludingLower: true)
        let cancelled = cancelledStatus(f)
        if completed != nil, let progress, progress < 100 {
            reader.report(.error(.inconsistent,
                "\(f.what) has a 'completed' date but 'progress' is \(Int(progress)); a completed milestone is 100% done",
                at: f.location("progress")))
        }
        let milestone = Milestone(id: id, title: title ?? "", workstream: f.text("workstream"),
                                  owner: f.text("owner"), start: f.day("start"), due: due ?? Day(ordinal: 0),
                                  forecast: f.day("forecast"), completed: completed, progress: progress,
                                  weight: weight ?? 1, cancelled: cancelled, dependsOn: f.references("depends_on"),
                                  notes: f.text("notes"), source: f.text("source"), locations: f.locations)
        return title == nil || due == nil ? nil : milestone
    }

    func benefit(_ f: Fields, id: String) -> Benefit? {
        let title = f.text("title", required: true)
        let unit = f.text("unit", required: true)
        let kind = f.choice("kind", Benefit.Kind.self) ?? .flow
        let baseline = f.number("baseline")
        if kind == .level, !f.has("baseline") {
            reader.error(.missingKey, "\(f.what) is a level benefit and needs a 'baseline' (its value when the programme started)",
                         at: f.node)
        }
        let benefit = Benefit(id: id, title: title ?? "", kind: kind, unit: unit ?? "",
                              type: f.choice("type", Benefit.BenefitType.self), category: f.text("category"),
                              owner: f.text("owner"), measure: f.text("measure"), baseline: baseline,
                              direction: f.choice("direction", Benefit.Direction.self),
                              targets: profile(f, "targets"), stretch: profile(f, "stretch"),
                              actuals: profile(f, "actuals"), enabledBy: f.references("enabled_by"),
                              cancelled: cancelledStatus(f), notes: f.text("notes"), source: f.text("source"), locations: f.locations)
        return title == nil || unit == nil ? nil : benefit
    }

    /// `status: cancelled`, the only status a milestone or benefit takes (SPEC 1.3, 1.4):
    /// true when given, an error for any other value.
    private func cancelledStatus(_ f: Fields) -> Bool {
        f.value("status").map { node in
            if node.string == "cancelled" { return true }
            reader.error(.wrongType, "\(f.what): 'status' can only be 'cancelled' (leave it out otherwise), not \(reader.describe(node))",
                         at: node)
            return false
        } ?? false
    }

    /// A benefit profile: period keys to numbers. Overlaps between periods depend on
    /// the financial year start, so they are checked later, once that is known.
    func profile(_ f: Fields, _ key: String) -> Profile? {
        guard let node = f.value(key) else { return nil }
        guard reader.visit(node), node.isMapping else {
            reader.error(.wrongType, "\(f.what): '\(key)' should map periods to figures (e.g. FY2024-25: 698400), not \(reader.describe(node))",
                         at: node)
            return nil
        }
        var entries: [Profile.Entry] = []
        for (periodNode, valueNode) in node.pairs {
            guard reader.visit(periodNode) else { return nil }
            guard let text = periodNode.string else {
                reader.error(.invalidPeriod, "\(f.what): a '\(key)' key should be a period (\(Period.acceptedForms))", at: periodNode)
                continue
            }
            guard let period = Period(parsing: text) else {
                reader.error(.invalidPeriod,
                    "\(f.what): '\(NodeReader.clip(text))' in '\(key)' is not a period; write \(Period.acceptedForms)",
                    at: periodNode)
                continue
            }
            guard let value = Fields.number(valueNode, what: "\(f.what): '\(key)' for \(text)", reader: reader) else { continue }
            entries.append(Profile.Entry(period, value, at: reader.location(of: periodNode)))
        }
        if entries.contains(where: { $0.period == .total }), entries.count > 1 {
            reader.error(.invalidPeriod,
                "\(f.what): '\(key)' mixes 'total' with periods; give either a whole-life total or figures by period",
                at: node)
        }
        return Profile(entries)
    }

    func risk(_ f: Fields, id: String) -> Risk? {
        let title = f.text("title", required: true)
        var targetLikelihood: Int?
        var targetImpact: Int?
        if let node = f.value("target"),
           let t = reader.fields(of: node, what: "\(f.what): 'target'", allowed: Self.riskTargetKeys) {
            targetLikelihood = t.integer("likelihood", in: 1...5)
            targetImpact = t.integer("impact", in: 1...5)
        }
        let risk = Risk(id: id, title: title ?? "", owner: f.text("owner"),
                        likelihood: f.integer("likelihood", in: 1...5), impact: f.integer("impact", in: 1...5),
                        targetLikelihood: targetLikelihood, targetImpact: targetImpact,
                        mitigation: f.text("mitigation"), status: f.choice("status", Risk.Status.self) ?? .open,
                        reviewBy: f.day("review_by"), affects: f.references("affects"), notes: f.text("notes"),
                        source: f.text("source"), locations: f.locations)
        return title == nil ? nil : risk
    }

    func dependency(_ f: Fields, id: String) -> Dependency? {
        let title = f.text("title", required: true)
        let on = f.reference("on")
        let dependency = Dependency(id: id, title: title ?? "", on: on, owner: f.text("owner"),
                                    neededBy: f.day("needed_by"),
                                    status: f.choice("status", Dependency.Status.self) ?? .open,
                                    affects: f.references("affects"), notes: f.text("notes"),
                                    source: f.text("source"), locations: f.locations)
        return title == nil ? nil : dependency
    }
}
