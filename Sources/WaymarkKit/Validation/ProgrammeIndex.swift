/// Every item id of every programme in the run, to resolve references; and a number for
/// each milestone that a reference can name, so the dependency graph works on numbers
/// rather than on pairs of names.
struct ProgrammeIndex {
    enum ItemKind: String, CaseIterable {
        case workstream, milestone, benefit, risk, dependency
        case fundingLine = "funding line", issue, decision
    }

    /// What an id names: its kind and, for a milestone, its node in the dependency graph.
    struct Item {
        let kind: ItemKind
        /// The milestone's number (0, 1, 2... through the run); -1 for any other kind.
        let node: Int32
    }

    /// Where a milestone node is: the programme and milestone positions of the first
    /// milestone with that id in the first programme with that id.
    struct Place {
        let programme: Int32
        let milestone: Int32
    }

    /// Programme id → its place in `items` (the first programme of a repeated id).
    private var programmeIDs: [String: Int] = [:]
    /// Item id → what it names, one dictionary a distinct programme id.
    private var items: [[String: Item]] = []
    /// Each programme's milestones' nodes, by programme and milestone position; -1 for a
    /// milestone whose id names something else (an earlier workstream), which no
    /// reference can reach.
    private var milestoneNodes: [[Int32]] = []
    /// Node → where its milestone is.
    private(set) var places: [Place] = []

    init(_ programmes: [Programme]) {
        for (p, programme) in programmes.enumerated() {
            if let first = programmeIDs[programme.id] {
                // A repeated programme id (reported elsewhere): its milestones are the
                // first programme's nodes where the ids match, as references see them.
                milestoneNodes.append(programme.milestones.map { items[first][$0.id]?.node ?? -1 })
                continue
            }
            programmeIDs[programme.id] = items.count
            var kinds: [String: Item] = [:]
            kinds.reserveCapacity(programme.itemCount)
            // Gives `id` to `item` unless an earlier item has it (the first kind given an id
            // wins; repeats are reported while loading), and returns what the id names.
            // A new id, as most are, is hashed once.
            func claim(_ id: String, _ item: Item) -> Item {
                guard let first = kinds.updateValue(item, forKey: id) else { return item }
                kinds[id] = first
                return first
            }
            func add(_ id: String, _ kind: ItemKind) { _ = claim(id, Item(kind: kind, node: -1)) }
            // Ids read in place, by position: a whole item handed to a function is copied.
            for w in programme.workstreams.indices { add(programme.workstreams[w].id, .workstream) }
            var nodes: [Int32] = []
            nodes.reserveCapacity(programme.milestones.count)
            for m in programme.milestones.indices {
                let node = Int32(places.count)
                let claimed = claim(programme.milestones[m].id, Item(kind: .milestone, node: node))
                if claimed.node == node { places.append(Place(programme: Int32(p), milestone: Int32(m))) }
                nodes.append(claimed.node)
            }
            milestoneNodes.append(nodes)
            for b in programme.benefits.indices { add(programme.benefits[b].id, .benefit) }
            for r in programme.risks.indices { add(programme.risks[r].id, .risk) }
            for d in programme.dependencies.indices { add(programme.dependencies[d].id, .dependency) }
            for f in programme.funding.indices { add(programme.funding[f].id, .fundingLine) }
            for i in programme.issues.indices { add(programme.issues[i].id, .issue) }
            for d in programme.decisions.indices { add(programme.decisions[d].id, .decision) }
            for (id, kind) in programme.brokenItems {
                if let kind = ItemKind(rawValue: kind) { add(id, kind) }
            }
            items.append(kinds)
        }
    }

    /// Item id → what it names, in the programme `programmeID`; nil when the run has no
    /// programme of that id.
    func items(in programmeID: String) -> [String: Item]? {
        programmeIDs[programmeID].map { items[$0] }
    }

    /// The node of the milestone at `milestone` in the programme at `programme` (positions
    /// in the run's list), or -1 when no reference can reach it.
    func node(programme: Int, milestone: Int) -> Int32 { milestoneNodes[programme][milestone] }

    /// The programme a reference points into: its own, or the one it names.
    static func target(of reference: Reference, from programmeID: String) -> (programme: String, item: String) {
        guard reference.mayNameProgramme else { return (programmeID, reference.text) }
        return (reference.programmeID ?? programmeID, reference.itemID)
    }
}

extension Reference {
    /// False when the text holds no '/', so the reference surely names an item of its own
    /// programme: most do, and a byte search settles it without `programmeID`'s walk by
    /// Character and the strings it makes.
    var mayNameProgramme: Bool { text.utf8.contains(UInt8(ascii: "/")) }

    /// `programmeID != nil`, quickly.
    var namesProgramme: Bool { mayNameProgramme && programmeID != nil }
}

private extension Programme {
    /// How many items the programme lists, to size its index once.
    var itemCount: Int {
        workstreams.count + milestones.count + benefits.count + risks.count + dependencies.count
            + funding.count + issues.count + decisions.count
    }
}
