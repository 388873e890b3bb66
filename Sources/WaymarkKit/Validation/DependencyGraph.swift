/// Milestone dependencies across every programme in the run, to find cycles.
///
/// Nodes are the milestone numbers of `ProgrammeIndex`, and the edges of every node sit
/// in one flat array: keyed by pairs of names, or with a list of edges per milestone, the
/// graph of 100,000 milestones took longer to build and search than checking them.
struct DependencyGraph {
    /// Where the reference that makes an edge is written: the positions of its
    /// programme in the run, of its milestone, and of the reference in `depends_on`.
    struct Origin {
        let programme: Int32
        let milestone: Int32
        let reference: Int32
    }

    /// A milestone that depends on another, as nodes.
    struct Edge {
        let from: Int32
        let to: Int32
        let origin: Origin
    }

    private let programmes: [Programme]
    private let index: ProgrammeIndex
    /// The edges of node n are `firstEdge[n]..<firstEdge[n + 1]` of `targets` and
    /// `origins`, in the order their references are written in the run.
    private let firstEdge: [Int]
    private let targets: [Int32]
    private let origins: [Origin]

    /// - Parameter edges: every dependency between two milestone nodes, in file order.
    init(programmes: [Programme], index: ProgrammeIndex, edges: [Edge]) {
        self.programmes = programmes
        self.index = index
        // A counting sort by node, which keeps each node's edges in file order.
        let nodeCount = index.places.count
        var first = [Int](repeating: 0, count: nodeCount + 1)
        for edge in edges { first[Int(edge.from) + 1] += 1 }
        for n in 0..<nodeCount { first[n + 1] += first[n] }
        var next = first
        var targets = [Int32](repeating: 0, count: edges.count)
        var origins = [Origin](repeating: Origin(programme: 0, milestone: 0, reference: 0), count: edges.count)
        for edge in edges {
            let slot = next[Int(edge.from)]
            next[Int(edge.from)] += 1
            targets[slot] = edge.to
            origins[slot] = edge.origin
        }
        firstEdge = first
        self.targets = targets
        self.origins = origins
    }

    private func edges(of node: Int32) -> Range<Int> { firstEdge[Int(node)]..<firstEdge[Int(node) + 1] }

    /// The programme id and milestone id of a node.
    private func name(_ node: Int32) -> (programme: String, milestone: String) {
        let place = index.places[Int(node)]
        let programme = programmes[Int(place.programme)]
        return (programme.id, programme.milestones[Int(place.milestone)].id)
    }

    /// Nodes in the order of their names, programme id first.
    private func precedes(_ a: Int32, _ b: Int32) -> Bool { name(a) < name(b) }

    /// One `dependency-cycle` error per cycle, at the reference that closes it from its
    /// first milestone (in id order), listing the milestones in order.
    func cycleDiagnostics() -> [Diagnostic] {
        var result: [Diagnostic] = []
        for component in cyclicComponents() {
            guard let start = component.min(by: precedes),
                  let path = cycle(from: start, within: Set(component))
            else { continue }
            let startProgramme = name(start).programme
            let names = path.nodes.map { node in
                let n = name(node)
                return n.programme == startProgramme ? n.milestone : "\(n.programme)/\(n.milestone)"
            }
            // A cycle through thousands of milestones would make a message as long as the
            // file; the first few and the count say enough to find it.
            let listed = names.count <= Self.listedInCycle
                ? (names + [names[0]]).joined(separator: " → ")
                : names.prefix(Self.listedInCycle).joined(separator: " → ") + " → … (\(names.count) milestones in all) → \(names[0])"
            let o = path.firstEdge
            let reference = programmes[Int(o.programme)].milestones[Int(o.milestone)].dependsOn[Int(o.reference)]
            result.append(.error(.dependencyCycle,
                "milestones depend on each other in a cycle: \(listed)",
                at: reference.location))
        }
        return result
    }

    /// Milestones a cycle's message names before it gives the count instead.
    static let listedInCycle = 12

    /// A shortest cycle through `start` inside its component (breadth-first), and the
    /// first edge of it from `start`.
    private func cycle(from start: Int32, within members: Set<Int32>) -> (nodes: [Int32], firstEdge: Origin)? {
        var previous: [Int32: Int32] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for target in edges(of: node).map({ targets[$0] }).sorted(by: precedes) where members.contains(target) {
                if target == start {
                    // Walked back from the end, then reversed: inserting at the front
                    // each time would be quadratic in a long cycle.
                    var nodes = [node]
                    while let last = nodes.last, let p = previous[last] { nodes.append(p) }
                    nodes.reverse()
                    let firstTarget = nodes.count > 1 ? nodes[1] : start
                    let edge = edges(of: start).first { targets[$0] == firstTarget }!
                    return (nodes, origins[edge])
                }
                if previous[target] == nil, target != start {
                    previous[target] = node
                    queue.append(target)
                }
            }
        }
        return nil
    }

    /// The strongly connected components that hold a cycle: more than one milestone, or
    /// one that depends on itself. Tarjan's algorithm, iterative so a long chain cannot
    /// overflow the stack.
    private func cyclicComponents() -> [[Int32]] {
        let nodeCount = index.places.count
        var order = [Int32](repeating: -1, count: nodeCount)
        var lowLink = [Int32](repeating: 0, count: nodeCount)
        var onStack = [Bool](repeating: false, count: nodeCount)
        var stack: [Int32] = []
        var components: [[Int32]] = []
        var counter: Int32 = 0
        var work: [(node: Int32, nextEdge: Int)] = []
        func visit(_ node: Int32) {
            order[Int(node)] = counter
            lowLink[Int(node)] = counter
            counter += 1
            stack.append(node)
            onStack[Int(node)] = true
            work.append((node, firstEdge[Int(node)]))
        }
        for root in 0..<Int32(nodeCount) where order[Int(root)] == -1 && !edges(of: root).isEmpty {
            visit(root)
            while var frame = work.popLast() {
                let node = Int(frame.node)
                if frame.nextEdge < firstEdge[node + 1] {
                    let target = targets[frame.nextEdge]
                    frame.nextEdge += 1
                    work.append(frame)
                    if order[Int(target)] == -1 {
                        visit(target)
                    } else if onStack[Int(target)] {
                        lowLink[node] = min(lowLink[node], order[Int(target)])
                    }
                    continue
                }
                if let parent = work.last {
                    lowLink[Int(parent.node)] = min(lowLink[Int(parent.node)], lowLink[node])
                }
                if lowLink[node] == order[node] {
                    // The component is the stack from this node up. Only the few that
                    // hold a cycle are copied out: most milestones are a component alone.
                    let base = stack.lastIndex(of: frame.node)!
                    for member in stack[base...] { onStack[Int(member)] = false }
                    if stack.count - base > 1 || edges(of: frame.node).contains(where: { targets[$0] == frame.node }) {
                        components.append(Array(stack[base...]))
                    }
                    stack.removeSubrange(base...)
                }
            }
        }
        return components
    }
}
