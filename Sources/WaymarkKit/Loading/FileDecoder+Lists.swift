/// One of a programme's top-level lists: its key, what messages call an item, the
/// keys an item may have, and how an item is decoded.
struct ItemList<T: ListItem> {
    let key: String
    let kind: String
    let allowed: [String]
    let decode: (FileDecoder) -> (Fields, String) -> T?
}

/// One item of a list, read: its id and where that is written, whether its value is
/// usable, and (when read ahead, see `EarlyItems`) the mistakes found in it, the
/// first `beforeID` of them found before its id was known.
struct ReadItem {
    var id: String?
    var idLocation: SourceLocation?
    var kept = false
    var diagnostics: [Diagnostic] = []
    var beforeID = 0
}

/// The items of one list read ahead: the usable values in list order (so that when
/// every item was read ahead, as usual, the values are the list, with no copy), and
/// what was read of each item that had a mistake or no usable value, by its number.
/// Every other item is described by its value alone: a large list keeps nothing more.
struct EarlyList<T> {
    var values: [T] = []
    var count = 0
    var exceptions: [Int: ReadItem] = [:]
    /// The mistakes kept so far. Past `maxDiagnostics` of them, replaying the list
    /// stops the file's reading before any later item is reached, so later items are
    /// taken (their nodes dropped) but not decoded: a file of a million broken items
    /// does not keep a million items' mistakes.
    var diagnosticsKept = 0
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

    static var workstreams: ItemList<Workstream> { ItemList(key: "workstreams", kind: "workstream", allowed: workstreamKeys, decode: workstream) }
    static var milestones: ItemList<Milestone> { ItemList(key: "milestones", kind: "milestone", allowed: milestoneKeys, decode: milestone) }
    static var benefits: ItemList<Benefit> { ItemList(key: "benefits", kind: "benefit", allowed: benefitKeys, decode: benefit) }
    static var risks: ItemList<Risk> { ItemList(key: "risks", kind: "risk", allowed: riskKeys, decode: risk) }
    static var dependencies: ItemList<Dependency> {
        ItemList(key: "dependencies", kind: "dependency", allowed: dependencyKeys, decode: dependency)
    }
    static var funding: ItemList<FundingLine> { ItemList(key: "funding", kind: "funding line", allowed: fundingKeys, decode: fundingLine) }
    static var issues: ItemList<Issue> { ItemList(key: "issues", kind: "issue", allowed: issueKeys, decode: issue) }
    static var decisions: ItemList<Decision> { ItemList(key: "decisions", kind: "decision", allowed: decisionKeys, decode: decision) }

    /// Each item of a top-level list, decoded; items too broken to use are left out
    /// (their mistakes are reported). Ids share one namespace across the lists (SPEC 1):
    /// they are checked here, where even items too broken to keep are seen, so a
    /// repeated id is never missed.
    func items<T: ListItem>(_ top: Fields, _ list: ItemList<T>, _ ids: inout [String: IDUse], early: EarlyList<T>?) -> [T] {
        guard let nodes = top.list(list.key) else { return [] }
        func register(_ id: String, at location: SourceLocation, kept: Bool) {
            if let first = ids[id] {
                reader.report(.error(.duplicateId,
                    "\(list.kind) id '\(NodeReader.clip(id))' is already used by a \(first.kind) at line \(first.line); ids are unique across all lists of a programme",
                    at: location))
                if kept, !first.kept { ids[id]?.kept = true }
            } else {
                ids[id] = IDUse(kind: list.kind, line: location.line ?? 0, kept: kept)
            }
        }
        let early = early ?? EarlyList()
        // The values so far; from the read-ahead ones until an item is read here.
        var decoded: [T]?
        var earlyKept = 0
        for (index, node) in nodes.enumerated() {
            // Once the walk budget is spent nothing more is read; stopping here also
            // saves the id lookup, which the budget does not count.
            if reader.exhausted { break }
            if let number = node.decodedItem {
                // Read ahead: its mistakes are reported now, in list order, as if read here.
                let item = early.exceptions[number] ?? {
                    let value = early.values[earlyKept]
                    return ReadItem(id: value.id, idLocation: value.locations["id"], kept: true)
                }()
                item.diagnostics[..<item.beforeID].forEach(reader.report)
                if let id = item.id, let location = item.idLocation { register(id, at: location, kept: item.kept) }
                item.diagnostics[item.beforeID...].forEach(reader.report)
                if item.kept {
                    decoded?.append(early.values[earlyKept])
                    earlyKept += 1
                }
            } else {
                if decoded == nil { decoded = Array(early.values[..<earlyKept]) }
                let (item, value) = readItem(node, index: index, list) { register($0, at: $1, kept: false) }
                if let value {
                    decoded?.append(value)
                    if let id = item.id { ids[id]?.kept = true }
                }
            }
        }
        if let decoded { return decoded }
        return earlyKept == early.values.count ? early.values : Array(early.values[..<earlyKept])
    }

    /// An item id may not be empty or hold '/', white space or control characters.
    static func isUsableID(_ text: String) -> Bool {
        // Most ids are printable ASCII, checked byte by byte.
        if text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) { return !text.isEmpty && !text.utf8.contains(UInt8(ascii: "/")) }
        return !(text.isEmpty || text.contains("/") || text.contains(where: \.isWhitespace)
                 || text.unicodeScalars.contains(where: isControl))
    }

    /// One item: its fields checked against the keys allowed, its id, and its value.
    /// `atID` is told the id once it is known, before the item's other fields are read.
    func readItem<T: ListItem>(_ node: Node, index: Int, _ list: ItemList<T>, atID: (String, SourceLocation) -> Void) -> (ReadItem, T?) {
        let kind = list.kind
        guard let f = reader.fields(of: node, name: .item(kind: kind, node: node, index: index), allowed: list.allowed) else {
            return (ReadItem(), nil)
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
        var idLocation: SourceLocation?
        if let id, let idNode = f.value("id") {
            let location = reader.location(of: idNode)
            idLocation = location
            atID(id, location)
        }
        // Decoded even without a usable id, so that every mistake in it is reported.
        let decoded = list.decode(self)(f, id ?? "")
        let value = id == nil ? nil : decoded
        return (ReadItem(id: id, idLocation: idLocation, kept: value != nil), value)
    }
}
