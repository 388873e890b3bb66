/// A file's bytes as libyaml positions them: lines split at LF, CR, CR LF, NEL, LS
/// and PS, columns and `index` counted in characters. Finds the byte a libyaml mark
/// points at by moving a cursor from the last one found, so reading marks in file
/// order costs one pass over the text however long its lines are.
struct SourceBytes {
    let bytes: UnsafeBufferPointer<UInt8>
    private let isASCII: Bool
    private var cursor = (character: 0, offset: 0)

    /// A place in the text: byte offset and 1-based line and column.
    struct Spot {
        var offset: Int
        var line: Int
        var column: Int
    }

    /// `isASCII`: whether every byte is ASCII, when the caller knows; else it is found here.
    init(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool? = nil) {
        self.bytes = bytes
        self.isASCII = isASCII ?? !bytes.contains { $0 >= 0x80 }
    }

    var count: Int { bytes.count }

    /// The byte at `offset`; 0 outside the text (a NUL, which the text never holds).
    subscript(offset: Int) -> UInt8 { offset >= 0 && offset < bytes.count ? bytes[offset] : 0 }

    /// The spot of a libyaml mark (0-based line, column and character index).
    mutating func spot(line: Int, column: Int, index: Int) -> Spot {
        Spot(offset: offset(ofCharacter: index), line: line + 1, column: column + 1)
    }

    private mutating func offset(ofCharacter index: Int) -> Int {
        if isASCII { return min(index, bytes.count) }
        var (character, offset) = cursor
        if index < character { (character, offset) = (0, 0) }
        while character < index, offset < bytes.count {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            character += 1
        }
        cursor = (character, offset)
        return offset
    }

    /// Bytes taken by the line break at `offset` (CR LF counts as one), or 0.
    func breakWidth(at offset: Int) -> Int {
        guard offset < bytes.count else { return 0 }
        switch bytes[offset] {
        case 0x0A: return 1
        case 0x0D: return offset + 1 < bytes.count && bytes[offset + 1] == 0x0A ? 2 : 1
        case 0xC2: return self[offset + 1] == 0x85 ? 2 : 0
        case 0xE2: return self[offset + 1] == 0x80 && (self[offset + 2] == 0xA8 || self[offset + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    func isBreakOrEnd(_ offset: Int) -> Bool { offset >= bytes.count || breakWidth(at: offset) > 0 }

    func isBlank(_ offset: Int) -> Bool { offset < bytes.count && (bytes[offset] == 0x20 || bytes[offset] == 0x09) }

    /// The spot of byte `offset`, counted on from `spot` (which is at or before it).
    func walk(from spot: Spot, to offset: Int) -> Spot {
        var spot = spot
        while spot.offset < offset, spot.offset < bytes.count {
            let width = breakWidth(at: spot.offset)
            if width > 0 {
                spot = Spot(offset: spot.offset + width, line: spot.line + 1, column: 1)
                continue
            }
            spot.offset += 1
            while spot.offset < bytes.count, bytes[spot.offset] & 0xC0 == 0x80 { spot.offset += 1 }
            spot.column += 1
        }
        return spot
    }

    /// Whether `offset` is the first byte of a line.
    func startsLine(_ offset: Int) -> Bool {
        guard offset > 0 else { return true }
        let previous = self[offset - 1]
        return previous == 0x0A || previous == 0x0D || (previous == 0x85 && offset >= 2 && self[offset - 2] == 0xC2)
            || ((previous == 0xA8 || previous == 0xA9) && offset >= 3 && self[offset - 2] == 0x80 && self[offset - 3] == 0xE2)
    }

    /// The offset where the line holding `offset` starts.
    func lineStart(of offset: Int) -> Int {
        var start = min(offset, bytes.count)
        while !startsLine(start) { start -= 1 }
        return start
    }

    /// libyaml's anchor characters: ASCII letters, digits, '_' and '-'.
    static func isAnchorCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"), UInt8(ascii: "-"): true
        default: false
        }
    }
}
