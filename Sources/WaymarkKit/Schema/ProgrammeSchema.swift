/// The JSON Schema (draft 2020-12) of programme and portfolio files (SPEC 1), for the
/// YAML language server behind VS Code's YAML extension and other editors: it checks a
/// file as it is typed and offers every key, with its description, as a completion.
///
/// The schema is built from the loader's own key lists (`FileDecoder`), so the two
/// cannot drift apart: a key the loader accepts but this file does not describe is a
/// `problem`, and a test fails on any problem. It uses only keywords that mean the same
/// in draft-07, which is what most editors' validators fully support.
///
/// Where the loader is lenient the schema is too: a key given with no value
/// (`owner:`) is allowed wherever the key is optional, a single id is allowed where a
/// list of ids is expected, and text may be any plain value (`id: 1` is text to
/// Waymark). What the schema cannot see (a day that does not exist, an id that names
/// nothing, overlapping periods) is left to `waymark check`.
public enum ProgrammeSchema {
    /// The schema, pretty printed with sorted keys.
    public static var text: String { build().schema.rendered }

    /// `2024-03-31`, or `2024-03` for the last day of that month.
    static let datePattern = "^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$"
    /// `FY2024-25`, a month `2024-07`, or `total`.
    static let periodPattern = "^(FY[0-9]{4}-[0-9]{2}|[0-9]{4}-(0[1-9]|1[0-2])|total)$"
    static let programmeIDPattern = "^[a-z0-9-]+$"
    /// Item ids: not empty, no '/', no spaces.
    static let itemIDPattern = "^[^/\\s]+$"

    /// The schema, and what is out of step with the loader (empty when all is well).
    static func build() -> (schema: JSONValue, problems: [String]) {
        var builder = SchemaBuilder()
        let schema = builder.document()
        return (schema, builder.problems)
    }
}

/// Assembles the schema, noting every key that lacks a description.
private struct SchemaBuilder {
    private(set) var problems: [String] = []

    mutating func document() -> JSONValue {
        let definitions: [String: JSONValue] = [
            "programme": programme(),
            "portfolio": portfolio(),
            "budget": budget(),
            "thresholds": thresholds(),
            "workstream": workstream(),
            "milestone": milestone(),
            "benefit": benefit(),
            "profile": profile(),
            "risk": risk(),
            "riskTarget": riskTarget(),
            "dependency": dependency(),
            "fundingLine": fundingLine(),
            "amount": amount(),
            "issue": issue(),
            "decision": decision(),
            "report": report(),
        ]
        return [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "Waymark programme file",
            "description": """
                A programme kept for Waymark (one YAML file a programme), or the portfolio file \
                that holds settings for them all. Check files with `waymark check`; write a \
                starter file with `waymark init`.
                """,
            "oneOf": [programmeFile(), portfolioFile()],
            "$defs": .object(definitions),
        ]
    }

    // MARK: - Files

    private mutating func programmeFile() -> JSONValue {
        object("the programme file", keys: FileDecoder.topKeys, required: ["programme"], title: "Programme file",
               description: "A programme: its details, then lists of workstreams, milestones, benefits, risks and dependencies.", [
            "programme": reference("programme", "The programme's details; 'id' and 'name' are required."),
            "workstreams": list("workstream", "Strands of work the milestones belong to."),
            "milestones": list("milestone", "Dated points in the plan: the baseline date agreed, the forecast, and progress."),
            "benefits": list("benefit", "Outcomes the programme exists to deliver, with targets and actuals by period."),
            "risks": list("risk", "Threats to delivery, scored by likelihood and impact (1-5 each)."),
            "dependencies": list("dependency", "What the programme needs from work outside it."),
            "funding": list("fundingLine", """
                Money approved for the programme and spent, one line a business case or bid. \
                Not beside 'budget', which is shorthand for one line.
                """),
            "issues": list("issue", "Problems that have happened (risks that landed), with owner, priority and status."),
            "decisions": list("decision", "What the board is asked to decide, and what it has decided."),
            "report": reference("report", "What the PMO writes for the board at this as_of: summary, achievements, next."),
        ])
    }

    private mutating func portfolioFile() -> JSONValue {
        object("the portfolio file", keys: ["portfolio"], required: ["portfolio"], title: "Portfolio file",
               description: "Settings for every programme in the run. A run may have one portfolio file.", [
            "portfolio": reference("portfolio", """
                Settings shared by every programme checked with this file: name, as_of, \
                financial_year_start and thresholds. A programme's own values override them.
                """),
        ])
    }

    // MARK: - Programme and portfolio

    private mutating func programme() -> JSONValue {
        object("'programme'", keys: FileDecoder.programmeKeys, required: ["id", "name"], [
            "id": [
                "type": ["string", "integer", "boolean"],
                "pattern": .string(ProgrammeSchema.programmeIDPattern),
                "description": """
                    Short id of the programme: lower-case letters, digits and '-' (e.g. \
                    stepping-stones). Unique across the programmes checked together; other \
                    programmes name its milestones as '<id>/<milestone-id>'. Required.
                    """,
            ],
            "name": text("The programme's name, as the steering group knows it. Required.", required: true),
            "organisation": text("The council or other body that runs the programme."),
            "sro": text("Senior responsible owner: the person accountable for the programme (a job title is fine)."),
            "manager": text("The programme or project manager."),
            "start": date("When the programme started."),
            "end": date("When the programme is planned to end."),
            "as_of": date("""
                The date the figures in this file are true at: change it whenever you bring the \
                figures up to date. `--as-of` on the command line overrides it; without either, \
                the portfolio's as_of is used, else today.
                """),
            "summary": text("A paragraph about the programme, shown at the top of its status pack."),
            "confidence": choice(Confidence.allCases.map(\.rawValue), """
                Declared delivery confidence, on the five-point scale. Waymark warns when it is \
                green or amber-green but the RAG it works out is red.
                """),
            "financial_year_start": integer(1...12, "The month (1-12) the financial year starts, for FY periods in benefit profiles. Default 4 (April)."),
            "budget": reference("budget", """
                Approved investment and spend to date, in the programme currency: shorthand for \
                one revenue funding line. Not beside 'funding'.
                """),
            "currency": text("The currency of money figures, e.g. GBP (the default). Benefits in this unit count towards 'realised to date'."),
            "thresholds": reference("thresholds", "Thresholds for this programme only, overriding the portfolio's."),
        ])
    }

    private mutating func portfolio() -> JSONValue {
        object("'portfolio'", keys: FileDecoder.portfolioKeys, nullable: true, [
            "name": text("The portfolio's name, for the portfolio summary."),
            "as_of": date("The as-of date for every programme that gives none of its own."),
            "financial_year_start": integer(1...12, "The month (1-12) the financial year starts, for every programme that gives none. Default 4 (April)."),
            "thresholds": reference("thresholds", "Thresholds for every programme; a programme's own thresholds override them."),
        ])
    }

    private mutating func budget() -> JSONValue {
        object("'budget'", keys: FileDecoder.budgetKeys, nullable: true, [
            "investment": number(minimum: 0, "Total approved investment, in the programme currency."),
            "spent": number(minimum: 0, "Spent to the as-of date, in the programme currency; gives the net benefit to date."),
        ])
    }

    private mutating func thresholds() -> JSONValue {
        object("'thresholds'", keys: FileDecoder.thresholdKeys, nullable: true, [
            "due_soon_days": integer(0...3660, "A milestone due within this many days of the as-of date is due soon (amber). Default 30."),
            "overdue_tolerance_days": integer(0...3660, "An overdue milestone is amber, not red, until it is more than this many days late. Default 0."),
            "benefit_amber": number(minimum: 0, maximum: 1, """
                A benefit that has realised at least this share of its target to date (0 to 1) is \
                amber rather than red. Default 0.8.
                """),
            "risk_medium": integer(1...25, "A risk scoring at least this (likelihood × impact) is medium. Default 6."),
            "risk_high": integer(1...25, "A risk scoring at least this (likelihood × impact) is high. Default 15."),
        ])
    }

    // MARK: - Items

    private mutating func workstream() -> JSONValue {
        object("a workstream", keys: FileDecoder.workstreamKeys, required: ["id", "name"], [
            "id": itemID("workstream"),
            "name": text("The workstream's name. Required.", required: true),
            "lead": text("Who leads the workstream."),
        ], withItemKeys: true)
    }

    private mutating func milestone() -> JSONValue {
        let item = object("a milestone", keys: FileDecoder.milestoneKeys, required: ["id", "title", "due"], [
            "id": itemID("milestone"),
            "title": text("What is delivered. Required.", required: true),
            "workstream": text("The id of the workstream it belongs to."),
            "owner": text("Who is accountable for the milestone."),
            "start": date("When work on it begins: the Gantt chart draws a bar from here to its date."),
            "due": date("""
                The baseline: the date originally agreed. Keep it when the date moves, and give \
                the new date as 'forecast'. Required.
                """, required: true),
            "forecast": date("The current forecast date, when it differs from 'due'. A forecast later than 'due' counts as slipped."),
            "completed": date("The date it was actually completed; this makes it complete (progress 100)."),
            "progress": number(minimum: 0, maximum: 100, "Percent done, 0 to 100. Default 0; 100 means complete."),
            "weight": number(exclusiveMinimum: 0, "Its size relative to the other milestones, greater than 0, for percent complete. Default 1."),
            "status": choice(["cancelled"], "Only 'cancelled', for a descoped milestone; leave it out otherwise."),
            "depends_on": references("""
                Milestones that must finish first: ids in this programme, or \
                'programme-id/milestone-id' for another programme's. One id, or a list.
                """),
        ], withItemKeys: true)
        // A completed milestone is 100% done: `completed` with lower progress is an error.
        return item.merging([
            "if": ["required": ["completed"], "properties": ["completed": ["type": "string"]]],
            "then": ["properties": ["progress": ["enum": [100, nil]]]],
        ])
    }

    private mutating func benefit() -> JSONValue {
        let item = object("a benefit", keys: FileDecoder.benefitKeys, required: ["id", "title", "unit"], [
            "id": itemID("benefit"),
            "title": text("What the benefit is. Required.", required: true),
            "kind": choice(Benefit.Kind.allCases.map(\.rawValue), """
                flow (the default): an amount per period, summed, such as savings a year. level: \
                a value measured at the end of a period, such as children in care.
                """),
            "unit": text("What the figures count: GBP, children, percent, weeks, ... Required.", required: true),
            "type": choice(Benefit.BenefitType.allCases.map(\.rawValue), "Whether it is cashable, non-cashable or non-financial."),
            "category": text("The plan's own benefit category (free text)."),
            "owner": text("Who is accountable for realising the benefit."),
            "measure": text("How the benefit is measured, and from what data."),
            "baseline": number("Level benefits only, and required there: the value when the programme started."),
            "direction": choice(Benefit.Direction.allCases.map(\.rawValue), """
                Level benefits only: which way is better. Without it, the better side is the \
                side the last target is on.
                """),
            "targets": reference("profile", """
                Planned figures by period: FY2024-25 for a financial year, 2024-07 for a month, or \
                one 'total' for a whole-life figure. Without targets the benefit is unquantified: \
                listed, never scored.
                """),
            "stretch": reference("profile", "Stretch figures by period, in the same form as 'targets'."),
            "actuals": reference("profile", "Figures achieved by period, in the same form as 'targets'."),
            "enabled_by": references("Milestones that must land for the benefit to flow. One id, or a list."),
            "status": choice(["cancelled"], """
                Only 'cancelled', for a descoped benefit: listed as descoped and counted nowhere \
                (no figures, no RAG, no totals). Leave it out otherwise.
                """),
        ], withItemKeys: true)
        // A level benefit is measured against where it started.
        return item.merging([
            "if": ["required": ["kind"], "properties": ["kind": ["const": "level"]]],
            "then": ["required": ["baseline"], "properties": ["baseline": ["type": "number"]]],
        ])
    }

    private func profile() -> JSONValue {
        [
            "type": ["object", "null"],
            "description": """
                Figures by period: FY2024-25 (the financial year starting in 2024), 2024-07 (a \
                month), or a single 'total' for a whole-life figure.
                """,
            "propertyNames": ["pattern": .string(ProgrammeSchema.periodPattern)],
            "additionalProperties": ["type": "number"],
            // 'total' stands alone: a whole-life figure is never mixed with periods.
            "if": ["required": ["total"]],
            "then": ["maxProperties": 1],
        ]
    }

    private mutating func risk() -> JSONValue {
        object("a risk", keys: FileDecoder.riskKeys, required: ["id", "title"], [
            "id": itemID("risk"),
            "title": text("The risk, in a sentence. Required.", required: true),
            "owner": text("Who owns the risk."),
            "likelihood": integer(1...5, "How likely it is, from 1 (rare) to 5 (almost certain). Without likelihood and impact the risk is unassessed."),
            "impact": integer(1...5, "How much harm it would do, from 1 (minimal) to 5 (severe). The score is likelihood × impact."),
            "target": reference("riskTarget", "The likelihood and impact sought once the mitigation works (the residual risk)."),
            "mitigation": text("What is being done to reduce the risk."),
            "status": choice(Risk.Status.allCases.map(\.rawValue), "open (the default) or closed. Only open risks count towards the RAG."),
            "review_by": date("When the risk is next due for review; Waymark flags it once this date has passed."),
            "affects": references("The milestones or benefits it threatens. One id, or a list."),
        ], withItemKeys: true)
    }

    private mutating func riskTarget() -> JSONValue {
        object("a risk's 'target'", keys: FileDecoder.riskTargetKeys, nullable: true, [
            "likelihood": integer(1...5, "The likelihood sought after mitigation, 1 to 5."),
            "impact": integer(1...5, "The impact sought after mitigation, 1 to 5."),
        ])
    }

    private mutating func dependency() -> JSONValue {
        object("a dependency", keys: FileDecoder.dependencyKeys, required: ["id", "title"], [
            "id": itemID("dependency"),
            "title": text("What is needed. Required.", required: true),
            "on": text("Another programme's milestone this waits for, as 'programme-id/milestone-id'."),
            "owner": text("Who is accountable for securing it."),
            "needed_by": date("When it is needed by; Waymark flags it once this date has passed and it is not met."),
            "status": choice(Dependency.Status.allCases.map(\.rawValue), "open (the default) or met."),
            "affects": references("The milestones of this programme that need it. One id, or a list."),
        ], withItemKeys: true)
    }

    private mutating func fundingLine() -> JSONValue {
        object("a funding line", keys: FileDecoder.fundingKeys, required: ["id", "title"], [
            "id": itemID("funding line"),
            "title": text("What was approved, by whom and when. Required.", required: true),
            "type": choice(FundingLine.LineType.allCases.map(\.rawValue), "revenue (the default) or capital."),
            "approved": reference("amount", """
                The amount approved: a whole-life figure, or figures by period. Leave it out when \
                no amount is published; never guess one.
                """),
            "spent": reference("amount", """
                Spent against this line: figures by period (counted once a period has started), or \
                one figure meaning spent to the as-of date (which has no row in the finance table).
                """),
        ], withItemKeys: true)
    }

    /// A funding amount: one figure, or a profile by period.
    private func amount() -> JSONValue {
        ["description": "A figure in the programme currency, or figures by period (FY2024-25, 2024-07 or total).",
         "oneOf": [["type": ["number", "null"]], ["$ref": "#/$defs/profile"]]]
    }

    private mutating func issue() -> JSONValue {
        object("an issue", keys: FileDecoder.issueKeys, required: ["id", "title"], [
            "id": itemID("issue"),
            "title": text("The problem, in a sentence. Required.", required: true),
            "owner": text("Who is resolving it."),
            "priority": choice(Issue.Priority.allCases.map(\.rawValue), """
                low, medium or high. An open high-priority issue that is not escalated is flagged.
                """),
            "raised": date("When the issue was raised."),
            "resolve_by": date("When it should be resolved by; Waymark flags it once this date has passed and it is open."),
            "status": choice(Issue.Status.allCases.map(\.rawValue), "open (the default) or resolved."),
            "resolution": text("How it was, or is being, resolved."),
            "escalated": ["type": ["boolean", "null"], "description": "true once the issue is raised to the programme board."],
            "affects": references("Any ids of this programme it affects. One id, or a list."),
        ], withItemKeys: true)
    }

    private mutating func decision() -> JSONValue {
        let item = object("a decision", keys: FileDecoder.decisionKeys, required: ["id", "title"], [
            "id": itemID("decision"),
            "title": text("What the board is asked to decide. Required.", required: true),
            "needed_by": date("When the decision is needed by; Waymark flags it once this date has passed and it is open."),
            "status": choice(Decision.Status.allCases.map(\.rawValue), "open (the default) or made; made needs 'decided'."),
            "decided": date("When the decision was made."),
            "outcome": text("What was decided, and by whom."),
            "affects": references("Any ids of this programme it affects. One id, or a list."),
        ], withItemKeys: true)
        // A decision recorded as made says when.
        return item.merging([
            "if": ["required": ["status"], "properties": ["status": ["const": "made"]]],
            "then": ["required": ["decided"], "properties": ["decided": ["type": "string"]]],
        ])
    }

    private mutating func report() -> JSONValue {
        object("'report'", keys: FileDecoder.narrativeKeys, nullable: true, [
            "summary": text("One paragraph on the programme this period, shown under the pack's title."),
            "achievements": texts("What was achieved this period. A line of text, or a list."),
            "next": texts("What will happen next period. A line of text, or a list."),
        ])
    }

    /// Lines of text: one, or a list.
    private func texts(_ description: String) -> JSONValue {
        ["type": ["string", "number", "boolean", "array", "null"],
         "items": ["type": ["string", "number", "boolean"]],
         "description": .string(description)]
    }

    /// `notes` and `source`, on every workstream, milestone, benefit, risk and dependency.
    private var itemKeys: [String: JSONValue] {
        [
            "notes": text("Free text: context for this item."),
            "source": text("Which document or meeting this item's figures come from."),
        ]
    }

    // MARK: - Building blocks

    /// A mapping with exactly the loader's `keys`, each described.
    private mutating func object(_ what: String, keys: [String], required: [String] = [], nullable: Bool = false,
                                 title: String? = nil, description: String? = nil,
                                 _ described: [String: JSONValue], withItemKeys: Bool = false) -> JSONValue {
        let described = withItemKeys ? described.merging(itemKeys) { own, _ in own } : described
        var properties: [String: JSONValue] = [:]
        for key in keys {
            if let property = described[key], case let .string(text)? = property.members["description"], !text.isEmpty {
                properties[key] = property
            } else {
                problems.append("\(what): key '\(key)' is accepted by the loader but has no description in the schema")
                properties[key] = described[key] ?? [:]
            }
        }
        for key in described.keys.sorted() where !keys.contains(key) {
            problems.append("\(what): key '\(key)' is described in the schema but the loader does not accept it")
        }
        for key in required where !keys.contains(key) {
            problems.append("\(what): required key '\(key)' is not a key the loader accepts")
        }
        var schema: [String: JSONValue] = [
            "type": nullable ? ["object", "null"] : "object",
            "properties": .object(properties),
            "additionalProperties": false,
        ]
        if !required.isEmpty { schema["required"] = .array(required.map(JSONValue.string)) }
        if let title { schema["title"] = .string(title) }
        if let description { schema["description"] = .string(description) }
        return .object(schema)
    }

    /// Plain text. Waymark reads any plain value as text, so `1` and `yes` are allowed.
    private func text(_ description: String, required: Bool = false) -> JSONValue {
        ["type": required ? ["string", "number", "boolean"] : ["string", "number", "boolean", "null"],
         "description": .string(description)]
    }

    private func itemID(_ kind: String) -> JSONValue {
        ["type": ["string", "number", "boolean"],
         "pattern": .string(ProgrammeSchema.itemIDPattern),
         "description": .string("""
             Short id of the \(kind), unique across the programme's workstreams, milestones, \
             benefits, risks and dependencies; no spaces or '/'. Required.
             """)]
    }

    private func date(_ description: String, required: Bool = false) -> JSONValue {
        ["type": required ? "string" : ["string", "null"],
         "pattern": .string(ProgrammeSchema.datePattern),
         "description": .string("\(description) Write YYYY-MM-DD, or YYYY-MM for the last day of that month.")]
    }

    private func number(minimum: Int? = nil, maximum: Int? = nil, exclusiveMinimum: Int? = nil,
                        _ description: String) -> JSONValue {
        var schema: [String: JSONValue] = ["type": ["number", "null"], "description": .string(description)]
        if let minimum { schema["minimum"] = .int(minimum) }
        if let maximum { schema["maximum"] = .int(maximum) }
        if let exclusiveMinimum { schema["exclusiveMinimum"] = .int(exclusiveMinimum) }
        return .object(schema)
    }

    private func integer(_ range: ClosedRange<Int>, _ description: String) -> JSONValue {
        ["type": ["integer", "null"], "minimum": .int(range.lowerBound), "maximum": .int(range.upperBound),
         "description": .string(description)]
    }

    /// One of a closed set of words, or nothing.
    private func choice(_ values: [String], _ description: String) -> JSONValue {
        ["enum": .array(values.map(JSONValue.string) + [.null]), "description": .string(description)]
    }

    /// Ids: one, or a list of them.
    private func references(_ description: String) -> JSONValue {
        ["type": ["string", "number", "boolean", "array", "null"],
         "items": ["type": ["string", "number", "boolean"]],
         "description": .string(description)]
    }

    private func list(_ definition: String, _ description: String) -> JSONValue {
        ["type": ["array", "null"], "items": .object(["$ref": .string("#/$defs/\(definition)")]),
         "description": .string(description)]
    }

    /// A mapping described in `$defs`; whether it may be left empty is said there.
    private func reference(_ definition: String, _ description: String) -> JSONValue {
        ["$ref": .string("#/$defs/\(definition)"), "description": .string(description)]
    }
}
