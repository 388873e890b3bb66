/// What messages call a mapping: a fixed phrase ("'programme'"), or an item of a list,
/// named by its id when it has one and else by its place ("milestone 'hub-team'",
/// "milestone 3"). An item's name is worked out only when a message needs it: most
/// items have no mistake, and a large file has a hundred thousand of them.
enum ItemName {
    case phrase(String)
    case item(kind: String, node: Node, index: Int)

    var text: String {
        switch self {
        case let .phrase(text): text
        case let .item(kind, node, index):
            node["id"]?.string.map { "\(kind) '\(NodeReader.clip($0))'" } ?? "\(kind) \(index + 1)"
        }
    }
}

/// The keys of one mapping, with typed reads that report what is wrong and where.
/// A key given with no value (`owner:`) reads as absent.
struct Fields {
    let reader: NodeReader
    let node: Node
    /// The item, as messages name it: "milestone 'hub-team'".
    var what: String { name.text }
    private let name: ItemName
    /// The keys the mapping may have.
    private let allowed: [String]
    /// The keys given, in file order, each as its place in `allowed`: a mapping has a
    /// dozen at most, so a list searched in order is quicker than a dictionary and
    /// takes less memory.
    private let values: [(name: Int, key: Node, value: Node)]

    init(reader: NodeReader, node: Node, name: ItemName, allowed: [String], values: [(name: Int, key: Node, value: Node)]) {
        self.reader = reader
        self.node = node
        self.name = name
        self.allowed = allowed
        self.values = values
    }

    /// Where the mapping and each given key's value are.
    var locations: ItemLocations {
        ItemLocations(item: reader.location(of: node), names: allowed, given: values.map { entry in
            let position = entry.value.position
            return (entry.name, position.line, position.column)
        }, in: reader.places)
    }

    /// Where `key`'s value is, or the mapping when it is not given.
    func location(_ key: String) -> SourceLocation {
        reader.location(of: pair(key)?.value ?? node)
    }

    private func pair(_ key: String) -> (name: Int, key: Node, value: Node)? {
        values.first { allowed[$0.name] == key }
    }

    /// The value node of `key`, nil when absent or null.
    func value(_ key: String) -> Node? {
        guard let pair = pair(key), !pair.value.isNull else { return nil }
        return pair.value
    }

    func has(_ key: String) -> Bool { value(key) != nil }

    /// Reports `missing-key` when `key` is absent or has no value.
    @discardableResult
    func require(_ key: String) -> Bool {
        if value(key) != nil { return true }
        if let pair = pair(key) {
            reader.error(.missingKey, "\(what): '\(key)' has no value", at: pair.value)
        } else {
            reader.error(.missingKey, "\(what) is missing required key '\(key)'", at: node)
        }
        return false
    }

    // MARK: - Scalars

    func text(_ key: String, required: Bool = false) -> String? {
        if required, !require(key) { return nil }
        guard let node = self.value(key) else { return nil }
        return scalarText(node, key: key, expected: "text")
    }

    private func scalarText(_ node: Node, key: String, expected: String) -> String? {
        guard reader.visit(node) else { return nil }
        guard let text = node.string else {
            reader.error(.wrongType, "\(what): '\(key)' should be \(expected), not \(reader.describe(node))", at: node)
            return nil
        }
        return text
    }

    func number(_ key: String, required: Bool = false) -> Double? {
        if required, !require(key) { return nil }
        guard let node = self.value(key) else { return nil }
        return Fields.number(node, what: "\(what): '\(key)'", reader: reader)
    }

    /// A number written plainly (`1961000`, `0.5`, `-3`). Quoted numbers, thousands
    /// separators, leading zeros (YAML 1.1 reads `0012` as octal), hexadecimal, `.inf`
    /// and `.nan` are refused rather than guessed at, each with a message saying how to
    /// write the number.
    /// `what` is built only when a message needs it: most figures are fine, and
    /// building the label for each one showed in the profile of a large file.
    static func number(_ node: Node, what label: @autoclosure () -> String, reader: NodeReader) -> Double? {
        var what: String { label() }
        guard reader.visit(node) else { return nil }
        // Most figures are plain and in range: read straight from the bytes.
        if node.isPlain, let value = node.withText(plainNumber) ?? nil, value.isFinite,
           abs(value) <= reader.limits.largestFigure, value == 0 || abs(value) >= reader.limits.smallestFigure {
            return value
        }
        guard let text = node.string else {
            reader.error(.wrongType, "\(what) should be a number, not \(reader.describe(node))", at: node)
            return nil
        }
        guard node.isPlain else {
            reader.error(.wrongType, "\(what) should be a number, not the quoted text '\(NodeReader.clip(text))'; remove the quotes",
                         at: node)
            return nil
        }
        if text.contains(","), parsePlainNumber(text.replacingOccurrences(of: ",", with: "")) != nil {
            reader.error(.wrongType,
                "\(what) should be a number without thousands separators: \(NodeReader.clip(text.replacingOccurrences(of: ",", with: "")))",
                at: node)
            return nil
        }
        guard let value = parsePlainNumber(text) else {
            reader.error(.wrongType, "\(what) should be a number, not '\(NodeReader.clip(text))'\(numberHint(text))", at: node)
            return nil
        }
        // Bounded so that no sum, product or ratio of figures can overflow to infinity
        // or lose every digit: such values would break the figures, the JSON and the
        // percentages shown (SPEC 6: never a silent wrong answer).
        let largest = reader.limits.largestFigure
        guard value.isFinite, abs(value) <= largest else {
            reader.error(.outOfRange,
                "\(what) is '\(NodeReader.clip(text))', too large to be a figure Waymark can use (the largest is \(Int(largest)))",
                at: node)
            return nil
        }
        guard value == 0 || abs(value) >= reader.limits.smallestFigure else {
            reader.error(.outOfRange,
                "\(what) is '\(NodeReader.clip(text))', too small to be a figure Waymark can use; write 0, or round it to 6 decimal places",
                at: node)
            return nil
        }
        return value
    }

    /// Why a plain scalar that looks numeric is not read as one, for the message.
    private static func numberHint(_ text: String) -> String {
        let unsigned = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        switch unsigned.lowercased() {
        case ".inf": return " (YAML's infinity); give a figure"
        case ".nan": return " (YAML's 'not a number'); give a figure, or leave the key out"
        default: break
        }
        if unsigned.hasPrefix("0x") || unsigned.hasPrefix("0o") || unsigned.hasPrefix("0b") {
            return "; write numbers in decimal"
        }
        if unsigned.contains("_"), parsePlainNumber(text.replacingOccurrences(of: "_", with: "")) != nil {
            return "; write it without '_' separators"
        }
        if unsigned.count > 1, unsigned.first == "0", unsigned.dropFirst().first?.isNumber == true {
            return "; write it without leading zeros (YAML 1.1 reads them as octal)"
        }
        if unsigned.contains(":"), unsigned.allSatisfy({ $0.isNumber || $0 == ":" || $0 == "." }) {
            return "; YAML 1.1 reads this as minutes and seconds, write it as a plain number"
        }
        return ""
    }

    private static func parsePlainNumber(_ text: String) -> Double? {
        var text = text
        return text.withUTF8(plainNumber)
    }

    /// A plain decimal: an optional sign, digits (no leading zero but a lone 0), then
    /// an optional fraction and exponent; nil for anything else.
    private static func plainNumber(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        func isDigit(_ i: Int) -> Bool { i < b.count && b[i] >= UInt8(ascii: "0") && b[i] <= UInt8(ascii: "9") }
        func digits() -> Int {
            let start = i
            while isDigit(i) { i += 1 }
            return i - start
        }
        let negative = i < b.count && b[i] == UInt8(ascii: "-")
        if negative || (i < b.count && b[i] == UInt8(ascii: "+")) { i += 1 }
        let integerStart = i
        let integerDigits = digits()
        guard integerDigits > 0, integerDigits == 1 || b[integerStart] != UInt8(ascii: "0") else { return nil }
        var isWhole = true
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return nil }
            isWhole = false
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
            guard digits() > 0 else { return nil }
            isWhole = false
        }
        guard i == b.count else { return nil }
        // A whole number of up to 15 digits is exact as a Double: no need to parse text.
        guard isWhole, integerDigits <= 15 else { return Double(String(decoding: b, as: UTF8.self)) }
        var value = 0
        for j in integerStart..<b.count { value = value * 10 + Int(b[j] - UInt8(ascii: "0")) }
        return negative ? -Double(value) : Double(value)
    }

    /// A whole number within `range`; `out-of-range` outside it.
    func integer(_ key: String, in range: ClosedRange<Int>, required: Bool = false) -> Int? {
        guard let value = number(key, required: required), let node = self.value(key) else { return nil }
        guard value.rounded() == value, Double(range.lowerBound) <= value, value <= Double(range.upperBound) else {
            reader.error(.outOfRange, "\(what): '\(key)' should be a whole number from \(range.lowerBound) to \(range.upperBound), not \(format(value))",
                         at: node)
            return nil
        }
        return Int(value)
    }

    /// A number within `range` (`out-of-range` outside it); `open` excludes the lower bound.
    func number(_ key: String, from lower: Double, to upper: Double? = nil, excludingLower: Bool = false) -> Double? {
        guard let value = number(key), let node = self.value(key) else { return nil }
        let aboveLower = excludingLower ? value > lower : value >= lower
        let belowUpper = upper.map { value <= $0 } ?? true
        guard aboveLower, belowUpper else {
            let bounds: String
            if let upper {
                bounds = "from \(format(lower)) to \(format(upper))"
            } else {
                bounds = excludingLower ? "greater than \(format(lower))" : "at least \(format(lower))"
            }
            reader.error(.outOfRange, "\(what): '\(key)' should be \(bounds), not \(format(value))", at: node)
            return nil
        }
        return value
    }

    func day(_ key: String, required: Bool = false) -> Day? {
        if required, !require(key) { return nil }
        guard let node = self.value(key) else { return nil }
        return Fields.day(node, what: "\(what): '\(key)'", reader: reader)
    }

    static func day(_ node: Node, what label: @autoclosure () -> String, reader: NodeReader) -> Day? {
        var what: String { label() }
        guard reader.visit(node) else { return nil }
        guard let text = node.string else {
            reader.error(.invalidDate, "\(what) should be a date (\(Day.acceptedForms)), not \(reader.describe(node))", at: node)
            return nil
        }
        guard let day = Day(parsing: text) else {
            reader.error(.invalidDate, "\(what) '\(NodeReader.clip(text))' is not a date; write \(Day.acceptedForms), e.g. 2024-03-31 or 2024-03",
                         at: node)
            return nil
        }
        return day
    }

    /// One of a closed set of words (`status: open`).
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) -> T? where T.RawValue == String {
        guard let node = value(key), let text = scalarText(node, key: key, expected: "a word") else { return nil }
        if let value = T(rawValue: text) { return value }
        let allowed = T.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        reader.error(.wrongType, "\(what): '\(key)' is '\(NodeReader.clip(text))'; it must be one of \(allowed)", at: node)
        return nil
    }

    // MARK: - Collections

    /// The items of a list, nil (with `wrong-type`) when the value is not a list.
    func list(_ key: String) -> [Node]? {
        guard let node = self.value(key) else { return nil }
        guard reader.visit(node) else { return nil }
        guard node.isSequence else {
            reader.error(.wrongType, "\(what): '\(key)' should be a list, not \(reader.describe(node))", at: node)
            return nil
        }
        return node.items
    }

    /// A list of ids; a single id is accepted as a list of one.
    func references(_ key: String) -> [Reference] {
        guard let node = value(key) else { return [] }
        let items: [Node]
        if node.isScalar { items = [node] } else { items = list(key) ?? [] }
        // Sized once: a list grown one by one may hold room for twice as many, and a
        // large programme has a list for each of 100,000 milestones.
        var references: [Reference] = []
        references.reserveCapacity(items.count)
        for item in items {
            if let reference = reference(item, key: key) { references.append(reference) }
        }
        return references
    }

    /// One id (`on: other-programme/milestone`), nil when absent.
    func reference(_ key: String) -> Reference? {
        value(key).flatMap { reference($0, key: key) }
    }

    /// A reference is `id` or `programme-id/id`: longer than that, or holding line
    /// breaks or control characters, it can name nothing, and it is refused here so
    /// that messages and packs never carry it.
    private func reference(_ node: Node, key: String) -> Reference? {
        guard let text = scalarText(node, key: key, expected: "an id") else { return nil }
        let limit = 2 * reader.limits.maxIdLength + 1
        let isShortPrintableASCII = text.utf8.count <= limit && text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        if !isShortPrintableASCII, text.unicodeScalars.count > limit || text.unicodeScalars.contains(where: FileDecoder.isControl) {
            reader.error(.invalidId,
                "\(what): '\(key)' holds '\(NodeReader.clip(text))', which is not an id (ids are at most \(reader.limits.maxIdLength) characters, without line breaks)",
                at: node)
            return nil
        }
        return Reference(text, at: reader.location(of: node))
    }

    private func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
