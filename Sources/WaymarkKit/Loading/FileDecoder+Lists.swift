/// One of a programme's top-level lists: its key, what messages call an item, the
/// keys an item may have, how an item is decoded, and where in the programme it goes.
struct ItemList<T: ListItem> {
    let key: String
    let kind: String
    let allowed: [String]
    let decode: (FileDecoder) -> (Fields, String) -> T?
    let path: WritableKeyPath<Programme, [T]>
}

/// What every item of a list has: an id, and where its keys are.
protocol ListItem {
    var id: String { get }
    var locations: ItemLocations { get }
}

extension Workstream: ListItem {}
extension Milestone: ListItem {}
extension Benefit: ListItem {}
extension Risk: ListItem {}
extension Dependency: ListItem {}
extension FundingLine: ListItem {}
extension Issue: ListItem {}
extension Decision: ListItem {}

/// An id as the lists use it: the kind of item that gave it first and on which line,
/// and whether any item with it was usable.
struct IDUse {
    let kind: String
    let line: Int
    var kept: Bool
}

extension FileDecoder {
    static let listKeys = ["workstreams", "milestones", "benefits", "risks", "dependencies", "funding", "issues", "decisions"]

    static var workstreams: ItemList<Workstream> {
        ItemList(key: "workstreams", kind: "workstream", allowed: workstreamKeys, decode: workstream, path: \.workstreams)
    }
    static var milestones: ItemList<Milestone> {
        ItemList(key: "milestones", kind: "milestone", allowed: milestoneKeys, decode: milestone, path: \.milestones)
    }
    static var benefits: ItemList<Benefit> {
        ItemList(key: "benefits", kind: "benefit", allowed: benefitKeys, decode: benefit, path: \.benefits)
    }
    static var risks: ItemList<Risk> { ItemList(key: "risks", kind: "risk", allowed: riskKeys, decode: risk, path: \.risks) }
    static var dependencies: ItemList<Dependency> {
        ItemList(key: "dependencies", kind: "dependency", allowed: dependencyKeys, decode: dependency, path: \.dependencies)
    }
    static var funding: ItemList<FundingLine> {
        ItemList(key: "funding", kind: "funding line", allowed: fundingKeys, decode: fundingLine, path: \.funding)
    }
    static var issues: ItemList<Issue> { ItemList(key: "issues", kind: "issue", allowed: issueKeys, decode: issue, path: \.issues) }
    static var decisions: ItemList<Decision> {
        ItemList(key: "decisions", kind: "decision", allowed: decisionKeys, decode: decision, path: \.decisions)
    }

    /// An item id may not be empty or hold '/', white space or control characters.
    static func isUsableID(_ text: String) -> Bool {
        // Most ids are printable ASCII, checked byte by byte.
        if text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) { return !text.isEmpty && !text.utf8.contains(UInt8(ascii: "/")) }
        return !(text.isEmpty || text.contains("/") || text.contains(where: \.isWhitespace)
                 || text.unicodeScalars.contains(where: isControl))
    }

    /// One item: its fields checked against the keys allowed, its id and where that is
    /// written, and its value, nil when the item is too broken to use.
    func readItem<T: ListItem>(_ node: Node, index: Int, _ list: ItemList<T>) -> (id: (String, SourceLocation)?, value: T?) {
        let kind = list.kind
        guard let f = reader.fields(of: node, name: .item(kind: kind, node: node, index: index), allowed: list.allowed) else {
            return (nil, nil)
        }
        var id = f.text("id", required: true)
        if let text = id, let idNode = f.value("id") {
            if isOverlong(text, kind, at: idNode) {
                id = nil
            } else if !Self.isUsableID(text) {
                reader.error(.invalidId, "\(kind) id '\(NodeReader.clip(text))' may not be empty or contain '/' or spaces",
                             at: idNode)
            }
        }
        // Decoded even without a usable id, so that every mistake in it is reported.
        let decoded = list.decode(self)(f, id ?? "")
        guard let id, let idNode = f.value("id") else { return (nil, nil) }
        return ((id, reader.location(of: idNode)), decoded)
    }
}
