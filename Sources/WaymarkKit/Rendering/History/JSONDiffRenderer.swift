import Foundation

/// `waymark diff --format json`: snake_case keys in sorted order, dates as `YYYY-MM-DD`,
/// absent values null, so the same inputs always give the same bytes.
struct JSONDiffRenderer {
    func render(_ diff: PortfolioDiff) -> String {
        HistoryJSON.render(.object([
            "since": diff.since.map(HistoryJSON.revision) ?? .null,
            "until": diff.until.map(HistoryJSON.revision) ?? .null,
            "programmes": .array(diff.programmes.map(programme)),
        ]))
    }

    private func programme(_ p: ProgrammeDiff) -> HistoryJSON {
        var rag: [String: HistoryJSON] = [:]
        for part in RAGPart.allCases { rag[part.rawValue] = .rag(p.rag(part)) }
        return .object([
            "id": .string(p.id),
            "name": .string(p.name),
            "status": .string(p.status.rawValue),
            "renamed": .bool(p.isRenamed),
            "file": .object(["then": .string(p.thenFile), "now": .string(p.nowFile)]),
            "as_of": .object(["then": .day(p.thenAsOf), "now": .day(p.nowAsOf)]),
            "currency": .string(p.currency),
            "percent_complete": .shift(p.percentComplete),
            "planned_percent": .shift(p.plannedPercent),
            "realised_to_date": .shift(p.realisedToDate),
            "target_to_date": .shift(p.targetToDate),
            "other_realised_to_date": .shift(p.otherRealisedToDate),
            "rag": .object(rag),
            "milestones": .array(p.milestones.map(milestone)),
            "benefits": .array(p.benefits.map(benefit)),
            "risks": .array(p.risks.map(risk)),
            "dependencies": .array(p.dependencies.map(dependency)),
            "spent_to_date": .shift(p.spentToDate),
            "net_benefit_to_date": .shift(p.netBenefitToDate),
            "funding": .array(p.funding.map { change in
                .object(["kind": .string(change.kind.rawValue), "id": .string(change.item.id),
                         "title": .string(change.item.title), "approved": .shift(change.approved),
                         "spent_to_date": .shift(change.spent)])
            }),
            "issues": .array(p.issues.map { change in
                .object(["kind": .string(change.kind.rawValue), "id": .string(change.item.id),
                         "title": .string(change.item.title), "priority": .string(change.priority?.rawValue),
                         "escalated": .bool(change.escalated), "resolution": .string(change.resolution)])
            }),
            "decisions": .array(p.decisions.map { change in
                .object(["kind": .string(change.kind.rawValue), "id": .string(change.item.id),
                         "title": .string(change.item.title), "needed_by": .day(change.neededBy),
                         "decided": .day(change.decided), "outcome": .string(change.outcome)])
            }),
            "narrative": p.narrative.map { change in
                .object(["summary_changed": .bool(change.summaryChanged), "summary": .string(change.summary),
                         "new_achievements": .array(change.newAchievements.map { .string($0) }),
                         "new_next": .array(change.newNext.map { .string($0) })])
            } ?? .null,
            "risk_trends": .object(p.riskTrends.mapValues { .string($0.rawValue) }),
            "benefit_trends": .object(p.benefitTrends.mapValues { .string($0.rawValue) }),
        ])
    }

    private func milestone(_ change: MilestoneChange) -> HistoryJSON {
        var fields: [String: HistoryJSON] = [
            "kind": .string(change.kind.rawValue), "id": .string(change.item.id), "title": .string(change.item.title),
        ]
        let moved = { (from: Day, to: Day) in
            fields["from"] = .day(from)
            fields["to"] = .day(to)
            fields["days"] = .int(from.days(to: to))
        }
        switch change {
        case let .completed(_, completed, due, after, before):
            fields["completed"] = .day(completed)
            fields["due"] = .day(due)
            fields["days_after_baseline"] = after.map(HistoryJSON.int) ?? .null
            fields["progress_before"] = .number(before)
        case let .added(_, due, effective, completed, state, daysOverdue):
            fields["due"] = .day(due)
            fields["effective"] = .day(effective)
            fields["completed"] = .day(completed)
            fields["state"] = .string(state.rawValue)
            fields["days_overdue"] = daysOverdue.map(HistoryJSON.int) ?? .null
        case let .removed(_, state):
            fields["state_before"] = .string(state.rawValue)
        case let .cancelled(_, before):
            fields["state_before"] = .string(before.rawValue)
        case let .reopened(_, before, state):
            fields["state_before"] = .string(before.rawValue)
            fields["state"] = .string(state.rawValue)
        case let .forecastMoved(_, from, to), let .baselineMoved(_, from, to):
            moved(from, to)
        case let .newlySlipped(_, due, forecast, days):
            fields["due"] = .day(due)
            fields["forecast"] = .day(forecast)
            fields["slipped_days"] = .int(days)
        case let .newlyOverdue(_, due, effective, days):
            fields["due"] = .day(due)
            fields["effective"] = .day(effective)
            fields["days_overdue"] = .int(days)
        case let .progress(_, from, to):
            fields["from"] = .number(from)
            fields["to"] = .number(to)
        }
        return .object(fields)
    }

    private func benefit(_ change: BenefitChange) -> HistoryJSON {
        let periods = { (list: [BenefitChange.PeriodChange]) -> HistoryJSON in
            .array(list.map { .object(["period": .string($0.period.description), "then": .number($0.then), "now": .number($0.now)]) })
        }
        return .object([
            "kind": .string(change.kind.rawValue), "id": .string(change.item.id), "title": .string(change.item.title),
            "unit": .string(change.unit),
            "status": .string(change.isCancelled ? "cancelled" : "active"),
            "targets": periods(change.targets),
            "actuals": periods(change.actuals),
            "realisation": .shift(change.realisation),
            "actual_to_date": .shift(change.actualToDate),
            "target_to_date": .shift(change.targetToDate),
            "actual_outside_profile": .shift(change.actualOutsideProfile),
            "rag": .rag(change.rag),
        ])
    }

    private func risk(_ change: RiskChange) -> HistoryJSON {
        let score = { (s: RiskChange.Score?) -> HistoryJSON in
            guard let s else { return .null }
            return .object(["likelihood": .int(s.likelihood), "impact": .int(s.impact), "score": .int(s.score),
                            "band": .string(s.band.rawValue)])
        }
        return .object([
            "kind": .string(change.kind.rawValue), "id": .string(change.item.id), "title": .string(change.item.title),
            "then": score(change.then), "now": score(change.now),
            "trend": .string(change.trend?.rawValue),
        ])
    }

    private func dependency(_ change: DependencyChange) -> HistoryJSON {
        .object([
            "kind": .string(change.kind.rawValue), "id": .string(change.item.id), "title": .string(change.item.title),
            "status": .string(change.status.rawValue), "needed_by": .day(change.neededBy),
            "days_late": .int(change.daysLate),
        ])
    }
}

/// A JSON value built in code, so optional figures become null rather than missing keys.
enum HistoryJSON: Encodable {
    case string(String?)
    case number(Double?)
    case int(Int)
    case bool(Bool)
    case null
    case array([HistoryJSON])
    case object([String: HistoryJSON])

    static func day(_ day: Day?) -> HistoryJSON { .string(day?.description) }

    static func shift(_ shift: FigureShift) -> HistoryJSON {
        .object(["then": .number(shift.then), "now": .number(shift.now), "change": .number(shift.change),
                 "trend": .string(shift.trend?.rawValue)])
    }

    static func rag(_ shift: RAGShift) -> HistoryJSON {
        .object(["then": .string(shift.then?.rawValue), "now": .string(shift.now?.rawValue),
                 "changed": .bool(shift.isChanged), "direction": .string(shift.direction?.rawValue),
                 "not_rated": .object(["then": .string(shift.thenNotRated?.rawValue),
                                       "now": .string(shift.nowNotRated?.rawValue)])])
    }

    static func revision(_ revision: Revision) -> HistoryJSON {
        .object(["name": .string(revision.name), "commit": .string(revision.commit), "date": .day(revision.date)])
    }

    static func render(_ value: HistoryJSON) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else { return "{}\n" }
        return text + "\n"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case let .string(s): if let s { try c.encode(s) } else { try c.encodeNil() }
        case let .number(n):
            // A whole number as an integer (`80`), anything else as a decimal (`12.5`).
            if let n, n.rounded() == n, abs(n) < 1e15 { try c.encode(Int(n)) } else if let n { try c.encode(n) } else { try c.encodeNil() }
        case let .int(i): try c.encode(i)
        case let .bool(b): try c.encode(b)
        case .null: try c.encodeNil()
        case let .array(a): try c.encode(a)
        case let .object(o): try c.encode(o)
        }
    }
}
