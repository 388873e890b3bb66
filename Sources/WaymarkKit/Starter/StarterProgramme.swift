/// The commented starter file `waymark init` writes: a small, made-up programme that
/// uses each part of the format once, with a comment saying what each part is for,
/// so a PMO officer can learn the format by editing it.
///
/// Its dates are set from the day it is written (the plan starts now and runs for
/// about three years), so a new file checks clean: nothing overdue, nothing due soon,
/// no benefit yet behind.
public enum StarterProgramme {
    /// Why `id` cannot be a programme id, or nil when it can.
    public static func problem(withID id: String) -> String? {
        if FileDecoder.isProgrammeID(id) { return nil }
        return "'\(id)' cannot be a programme id: use only lower-case letters, digits and '-' (e.g. 'family-hubs')"
    }

    /// "family-hubs" → "Family hubs": a name to start from when none is given.
    public static func defaultName(forID id: String) -> String {
        let words = id.split(separator: "-").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// The starter file for programme `id` called `name`, dated from `today`.
    public static func text(id: String, name: String, today: Day) -> String {
        let fyStartMonth = 4
        let currentFY = today.month >= fyStartMonth ? today.year : today.year - 1
        let year1 = Period.financialYear(startYear: currentFY + 1)
        let year2 = Period.financialYear(startYear: currentFY + 2)
        let start = Day(year: today.year, month: today.month, day: 1) ?? today
        let end = monthText(year: currentFY + 3, month: fyStartMonth - 1)
        let recruited = today.adding(days: 91)
        let pilot = today.adding(days: 183)
        let pilotMonth = monthText(year: pilot.year, month: pilot.month)
        let evaluation = monthText(year: currentFY + 3, month: fyStartMonth - 2)
        let riskReview = today.adding(days: 61)
        let neededBy = today.adding(days: 152)

        return """
            # Waymark programme file: one programme, kept in git by the PMO.
            # `waymark check` reads it and says what is wrong or needs attention;
            # `waymark pack` turns it into a status pack for the steering group.
            #
            # Everything below is an example to overwrite with your own programme.
            # Dates are YYYY-MM-DD, or YYYY-MM meaning the last day of that month.
            # A line starting with # is a comment; keys shown commented out are optional.
            #
            # For checking as you type in VS Code (YAML extension), run
            # `waymark schema > waymark.schema.json` at the top of the repository and
            # start this file with the line:
            #   # yaml-language-server: $schema=../waymark.schema.json

            programme:
              # id: a short id of lower-case letters, digits and '-', unique across programmes;
              # other programmes name this one's milestones as <id>/<milestone-id>.
              id: \(yamlScalar(id))
              name: \(yamlScalar(name))
              organisation: Example Council
              sro: Director of Children's Services      # senior responsible owner
              manager: Programme Manager
              start: \(start)
              end: \(end)                  # YYYY-MM: the end of that month
              as_of: \(today)             # the date the figures below are true at: change it at each update
              summary: >-
                A paragraph for the top of the status pack: what the programme is for,
                what it will deliver and how it is funded.
              confidence: amber             # declared delivery confidence: green, amber-green, amber, amber-red or red
              # financial_year_start: 4     # month the financial year starts (default 4, April)
              budget:                       # optional, in the programme currency: shorthand for one
                                            # funding line (use `funding:` below instead for several)
                investment: 1500000         # total approved investment (plain numbers: no commas or £)
                spent: 0                    # spent to as_of
              currency: GBP                 # the default
              # thresholds:                 # optional: when things turn amber or red
              #   due_soon_days: 30         # due within this many days of as_of: amber
              #   overdue_tolerance_days: 0 # days late before an overdue milestone turns red
              #   benefit_amber: 0.8        # share of target to date below which a benefit is red
              #   risk_medium: 6            # likelihood x impact scores for medium and high risks
              #   risk_high: 15

            # Strands of work. Every id in this file (workstreams, milestones, benefits,
            # risks, dependencies, funding, issues, decisions) must differ from every other.
            workstreams:
              - id: governance
                name: Governance and evaluation
                lead: Programme Manager
              - id: delivery
                name: Service delivery
                lead: Head of Service

            # Milestones: `due` is the baseline, the date first agreed. When a date moves,
            # keep `due` and add `forecast` with the new date, so the slip shows.
            milestones:
              - id: business-case
                title: Business case approved
                workstream: governance
                owner: Programme Manager
                due: \(today)
                completed: \(today)       # the day it was done: this makes it complete
                source: Cabinet minutes     # optional: where the figure comes from
              - id: team-recruited
                title: Delivery team recruited and in post
                workstream: delivery
                owner: Head of Service
                start: \(today)           # optional: work begins (a bar in the Gantt chart)
                due: \(recruited)
                # forecast: \(recruited.adding(days: 30))      # the new date, if it slips
                progress: 10                # percent done, 0-100 (default 0)
                depends_on: [business-case] # milestones that must finish first
              - id: pilot-live
                title: Pilot service live
                workstream: delivery
                owner: Head of Service
                due: \(pilotMonth)                # YYYY-MM: due by the end of that month
                weight: 2                   # counts twice as much as a weight-1 milestone in percent complete
                depends_on: [team-recruited]
                notes: Optional free text about the milestone.
              - id: evaluation
                title: Evaluation report to the steering group
                workstream: governance
                owner: Programme Manager
                due: \(evaluation)
                depends_on: [pilot-live]
                # status: cancelled         # only for a milestone taken out of scope

            # Benefits: what the programme is for. Figures go by period: \(year1)
            # is the financial year starting in \(currentFY + 1); a month is written \(monthText(year: currentFY + 1, month: 7)).
            # Add `actuals` as results come in.
            benefits:
              - id: cost-avoided
                title: Cost avoided on the placements budget
                kind: flow                  # flow (default): an amount per period, summed
                unit: GBP
                type: cashable              # cashable, non-cashable or non-financial
                category: Reduced costs
                owner: Head of Finance
                measure: Cost avoided, from the placements ledger
                targets: { \(year1): 100000, \(year2): 250000 }
                stretch: { \(year2): 300000 }
                # actuals: { \(year1): 90000 }
                enabled_by: [pilot-live]    # milestones that must land first
                # status: cancelled         # only for a benefit taken out of scope: listed, counted nowhere
              - id: fewer-placements
                title: Fewer children in residential placements
                kind: level                 # level: a count measured at the end of each period
                unit: children
                type: non-financial
                baseline: 40                # the count when the programme started (needed for level)
                direction: down             # fewer is better
                targets: { \(year1): 36, \(year2): 30 }

            # Risks: likelihood and impact each 1 (low) to 5 (high); the score is the two
            # multiplied. Close a risk with `status: closed` rather than deleting it.
            risks:
              - id: R1
                title: Recruitment takes longer than planned
                owner: Head of Service
                likelihood: 3
                impact: 4
                target: { likelihood: 2, impact: 3 }   # the score sought after mitigation
                mitigation: Agency cover while recruiting; joint campaign with neighbouring councils
                status: open                # open (default) or closed
                review_by: \(riskReview)
                affects: [team-recruited, pilot-live]

            # Dependencies: what the programme needs from work outside it.
            dependencies:
              - id: D1
                title: Case management system changes from the digital programme
                # on: digital-programme/case-system-live   # another programme's milestone, as programme-id/milestone-id
                owner: Head of Digital
                needed_by: \(neededBy)
                status: open                # open (default) or met
                affects: [pilot-live]

            # Funding: instead of `budget` above (not beside it), one line a business case
            # or bid, each amount a plain number or figures by period. Leave out an amount
            # that is not published rather than guess it.
            # funding:
            #   - id: business-case-1
            #     title: Business case approved by Cabinet
            #     type: revenue             # revenue (default) or capital
            #     approved: 1500000         # whole-life, or by period: { \(year1): 500000, \(year2): 1000000 }
            #     spent: { \(year1): 0 }     # by period, or one number meaning spent to as_of
            #     source: Cabinet report

            # Issues: problems that have happened (a risk that landed).
            issues:
              - id: I1
                title: Venue for the pilot not yet agreed
                owner: Head of Service
                priority: high              # low, medium or high
                raised: \(today)
                resolve_by: \(neededBy)
                status: open                # open (default) or resolved
                # resolution: What resolved it
                escalated: true             # raised to the programme board (an open high issue should be)
                affects: [pilot-live]       # any ids in this file

            # Decisions the board is asked for, and those it has made.
            decisions:
              - id: DEC1
                title: Approve the pilot's location
                needed_by: \(neededBy)
                status: open                # open (default) or made
                # decided: \(neededBy)       # the date it was made (needed once status is made)
                # outcome: Approved by the steering group
                affects: [pilot-live]

            # What the PMO tells the board this period (all optional).
            report:
              summary: Business case approved; recruitment under way.
              achievements: [Business case approved]   # this period
              next: [Recruit the delivery team]        # next period

            """
    }

    private static func monthText(year: Int, month: Int) -> String {
        Period.month(year: year, month: month).description
    }

    /// `text` as a YAML value: plain when that is safe, else double-quoted.
    static func yamlScalar(_ text: String) -> String {
        let safe = text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || " '&(),./-".unicodeScalars.contains($0)
        }
        let first = text.unicodeScalars.first
        let startsWithLetter = first.map { ("a"..."z").contains($0) || ("A"..."Z").contains($0) } ?? false
        let reserved = ["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
                        "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N"]
        if safe, startsWithLetter, !text.hasSuffix(" "), !reserved.contains(text) { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
