/// Every item id of every programme in the run, to resolve references.
struct ProgrammeIndex {
    enum ItemKind: String, CaseIterable {
        case workstream, milestone, benefit, risk, dependency
        case fundingLine = "funding line", issue, decision
    }

    /// Programme id → item id → kind.
    private var items: [String: [String: ItemKind]] = [:]

    init(_ programmes: [Programme]) {
        for programme in programmes where items[programme.id] == nil {
            var kinds: [String: ItemKind] = [:]
            for w in programme.workstreams { kinds[w.id] = kinds[w.id] ?? .workstream }
            for m in programme.milestones { kinds[m.id] = kinds[m.id] ?? .milestone }
            for b in programme.benefits { kinds[b.id] = kinds[b.id] ?? .benefit }
            for r in programme.risks { kinds[r.id] = kinds[r.id] ?? .risk }
            for d in programme.dependencies { kinds[d.id] = kinds[d.id] ?? .dependency }
            for f in programme.funding { kinds[f.id] = kinds[f.id] ?? .fundingLine }
            for i in programme.issues { kinds[i.id] = kinds[i.id] ?? .issue }
            for d in programme.decisions { kinds[d.id] = kinds[d.id] ?? .decision }
            for (id, kind) in programme.brokenItems { kinds[id] = kinds[id] ?? ItemKind(rawValue: kind) }
            items[programme.id] = kinds
        }
    }

    func hasProgramme(_ id: String) -> Bool { items[id] != nil }

    func kind(of itemID: String, in programmeID: String) -> ItemKind? { items[programmeID]?[itemID] }

    /// The programme a reference points into: its own, or the one it names.
    static func target(of reference: Reference, from programmeID: String) -> (programme: String, item: String) {
        (reference.programmeID ?? programmeID, reference.itemID)
    }
}
