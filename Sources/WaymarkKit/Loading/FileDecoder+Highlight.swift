/// Reads what a highlight report adds to a programme file (SPEC 1.7-1.9): funding
/// lines, issues, decisions and the board narrative. Only the Fields API is used, so
/// this reading does not depend on how the YAML tree is built.
extension FileDecoder {
    static let fundingKeys = ["id", "title", "type", "approved", "spent"] + itemKeys
    static let issueKeys = ["id", "title", "owner", "priority", "raised", "resolve_by", "status", "resolution",
                            "escalated", "affects"] + itemKeys
    static let decisionKeys = ["id", "title", "needed_by", "status", "decided", "outcome", "affects"] + itemKeys
    static let narrativeKeys = ["summary", "achievements", "next"]

    func fundingLine(_ f: Fields, id: String) -> FundingLine? {
        let title = f.text("title", required: true)
        let line = FundingLine(id: id, title: title ?? "", type: f.choice("type", FundingLine.LineType.self) ?? .revenue,
                               approved: amount(f, "approved"), spent: amount(f, "spent"),
                               notes: f.text("notes"), source: f.text("source"), locations: f.locations)
        return title == nil ? nil : line
    }

    /// A plain figure, or a profile by period (`{FY2021-22: 608863}`), as SPEC 1.7 allows.
    private func amount(_ f: Fields, _ key: String) -> FundingLine.Amount? {
        guard let node = f.value(key) else { return nil }
        if node.isScalar {
            return Fields.number(node, what: "\(f.what): '\(key)'", reader: reader).map(FundingLine.Amount.figure)
        }
        return profile(f, key).map(FundingLine.Amount.profile)
    }

    func issue(_ f: Fields, id: String) -> Issue? {
        let title = f.text("title", required: true)
        let issue = Issue(id: id, title: title ?? "", owner: f.text("owner"),
                          priority: f.choice("priority", Issue.Priority.self), raised: f.day("raised"),
                          resolveBy: f.day("resolve_by"), status: f.choice("status", Issue.Status.self) ?? .open,
                          resolution: f.text("resolution"), escalated: flag(f, "escalated") ?? false,
                          affects: f.references("affects"), notes: f.text("notes"), source: f.text("source"),
                          locations: f.locations)
        return title == nil ? nil : issue
    }

    func decision(_ f: Fields, id: String) -> Decision? {
        let title = f.text("title", required: true)
        let status = f.choice("status", Decision.Status.self) ?? .open
        let decided = f.day("decided")
        // A decision recorded as made says when; without the date the board's record
        // cannot be checked against its minutes.
        if status == .made, !f.has("decided") {
            reader.report(.error(.inconsistent,
                "\(f.what) is 'made' but has no 'decided' date; give the date the board decided it",
                at: f.location("status")))
        }
        let decision = Decision(id: id, title: title ?? "", neededBy: f.day("needed_by"), status: status,
                                decided: decided, outcome: f.text("outcome"), affects: f.references("affects"),
                                notes: f.text("notes"), source: f.text("source"), locations: f.locations)
        return title == nil ? nil : decision
    }

    /// `report:` of the file's top level, nil when absent.
    func narrative(in top: Fields) -> BoardNarrative? {
        guard let node = top.value("report"),
              let f = reader.fields(of: node, what: "'report'", allowed: Self.narrativeKeys) else { return nil }
        return BoardNarrative(summary: f.text("summary"), achievements: texts(f, "achievements"), next: texts(f, "next"),
                              locations: f.locations)
    }

    /// `true` or `false`; YAML 1.1's `yes`, `on` and the like are refused rather than guessed at.
    private func flag(_ f: Fields, _ key: String) -> Bool? {
        guard let node = f.value(key), let text = f.text(key) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            reader.error(.wrongType, "\(f.what): '\(key)' should be true or false, not \(reader.describe(node))", at: node)
            return nil
        }
    }

    /// A list of lines of text; a single text is read as a list of one.
    private func texts(_ f: Fields, _ key: String) -> [String] {
        guard let node = f.value(key) else { return [] }
        if node.isScalar { return f.text(key).map { [$0] } ?? [] }
        return (f.list(key) ?? []).compactMap { item in
            guard reader.visit(item) else { return nil }
            guard let text = item.string else {
                reader.error(.wrongType, "\(f.what): each item of '\(key)' should be text, not \(reader.describe(item))",
                             at: item)
                return nil
            }
            return text
        }
    }

    /// `budget` is shorthand for one funding line (SPEC 1.7), so a file may not give both.
    func checkOneFundingForm(_ programme: Programme, _ top: Fields) {
        guard programme.budget != nil, top.has("funding") else { return }
        reader.report(.error(.inconsistent,
            "the file has both 'budget' and 'funding'; 'budget' is shorthand for one funding line, so move its figures into a line under 'funding'",
            at: programme.locations["budget"]))
    }
}
