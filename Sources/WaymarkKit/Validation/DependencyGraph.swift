/// Milestone dependencies across every programme in the run, to find cycles.
struct DependencyGraph {
    struct Node: Hashable, Comparable {
        let programme: String
        let milestone: String
        var name: String { "\(programme)/\(milestone)" }
        static func < (a: Node, b: Node) -> Bool { (a.programme, a.milestone) < (b.programme, b.milestone) }
    }

    private var edges: [Node: [(target: Node, reference: Reference)]] = [:]

    init(programmes: [Programme], index: ProgrammeIndex) {
        for programme in programmes {
            for m in programme.milestones {
                let from = Node(programme: programme.id, milestone: m.id)
                for reference in m.dependsOn {
                    let target = ProgrammeIndex.target(of: reference, from: programme.id)
                    guard index.kind(of: target.item, in: target.programme) == .milestone else { continue }
                    edges[from, default: []].append((Node(programme: target.programme, milestone: target.item), reference))
                }
            }
        }
    }

    /// One `dependency-cycle` error per cycle, at the reference that closes it from its
    /// first milestone (in id order), listing the milestones in order.
    func cycleDiagnostics() -> [Diagnostic] {
        var result: [Diagnostic] = []
        for component in stronglyConnectedComponents() {
            let members = Set(component)
            guard let start = component.min() else { continue }
            let selfLoop = edges[start]?.contains { $0.target == start } ?? false
            guard members.count > 1 || selfLoop else { continue }
            guard let path = cycle(from: start, within: members) else { continue }
            let names = path.nodes.map { $0.programme == start.programme ? $0.milestone : $0.name }
            // A cycle through thousands of milestones would make a message as long as the
            // file; the first few and the count say enough to find it.
            let listed = names.count <= Self.listedInCycle
                ? (names + [names[0]]).joined(separator: " → ")
                : names.prefix(Self.listedInCycle).joined(separator: " → ") + " → … (\(names.count) milestones in all) → \(names[0])"
            result.append(.error(.dependencyCycle,
                "milestones depend on each other in a cycle: \(listed)",
                at: path.firstReference.location))
        }
        return result
    }

    /// Milestones a cycle's message names before it gives the count instead.
    static let listedInCycle = 12

    /// A shortest cycle through `start` inside its component (breadth-first).
    private func cycle(from start: Node, within members: Set<Node>) -> (nodes: [Node], firstReference: Reference)? {
        var previous: [Node: Node] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for edge in (edges[node] ?? []).sorted(by: { $0.target < $1.target }) where members.contains(edge.target) {
                if edge.target == start {
                    // Walked back from the end, then reversed: inserting at the front
                    // each time would be quadratic in a long cycle.
                    var nodes = [node]
                    while let last = nodes.last, let p = previous[last] { nodes.append(p) }
                    nodes.reverse()
                    let firstTarget = nodes.count > 1 ? nodes[1] : start
                    let reference = edges[start]!.first { $0.target == firstTarget }!.reference
                    return (nodes, reference)
                }
                if previous[edge.target] == nil, edge.target != start {
                    previous[edge.target] = node
                    queue.append(edge.target)
                }
            }
        }
        return nil
    }

    /// Tarjan's algorithm, iterative so a long chain cannot overflow the stack.
    private func stronglyConnectedComponents() -> [[Node]] {
        var indexOf: [Node: Int] = [:]
        var lowLink: [Node: Int] = [:]
        var onStack = Set<Node>()
        var stack: [Node] = []
        var components: [[Node]] = []
        var counter = 0
        for root in edges.keys.sorted() where indexOf[root] == nil {
            var work: [(node: Node, nextEdge: Int)] = [(root, 0)]
            indexOf[root] = counter; lowLink[root] = counter; counter += 1
            stack.append(root); onStack.insert(root)
            while var frame = work.popLast() {
                let outgoing = edges[frame.node] ?? []
                if frame.nextEdge < outgoing.count {
                    let target = outgoing[frame.nextEdge].target
                    frame.nextEdge += 1
                    work.append(frame)
                    if indexOf[target] == nil {
                        indexOf[target] = counter; lowLink[target] = counter; counter += 1
                        stack.append(target); onStack.insert(target)
                        work.append((target, 0))
                    } else if onStack.contains(target) {
                        lowLink[frame.node] = min(lowLink[frame.node]!, indexOf[target]!)
                    }
                    continue
                }
                if let parent = work.last {
                    lowLink[parent.node] = min(lowLink[parent.node]!, lowLink[frame.node]!)
                }
                if lowLink[frame.node] == indexOf[frame.node] {
                    var component: [Node] = []
                    while let member = stack.popLast() {
                        onStack.remove(member)
                        component.append(member)
                        if member == frame.node { break }
                    }
                    components.append(component)
                }
            }
        }
        return components
    }
}
