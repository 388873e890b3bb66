/// Bounds on what one input may cost, so hostile or broken files end in a `too-large`
/// error instead of exhausting time or memory. The largest real programme file
/// (`programmes/stockton-children-in-our-care.yaml`) is 25 KB; these leave a margin of
/// 10 times or more, and keep the worst input measured by `Scripts/measure-hostile.py`
/// well under 256 MiB and a second.
///
/// Nesting has no knob: libyaml stops at 1,000 levels, which is reported as `too-large`.
public struct Limits: Hashable, Sendable {
    /// Bytes in one file: 10 times the largest real programme, 3 times all four real
    /// programmes together. Yams holds about 150 bytes a node and a file of short items
    /// holds a node for every two bytes, so this bounds memory and time too; the worst
    /// case for time is libyaml's scanner, which slows in proportion to flow nesting
    /// (`[[[[...` 990 deep, then a quarter of a megabyte of items, takes half a second).
    public var maxFileBytes: Int = 256 * 1024
    /// Nodes visited while reading one file, counting every use of an alias again.
    /// Aliases share storage, so a "billion laughs" file composes cheaply; this bounds
    /// the walk over its expansion, and so the size of the programme it can make. It is
    /// more than a file of `maxFileBytes` can hold without aliases (a node takes at least
    /// two bytes: 131,072), so only alias expansion reaches it; the largest real file has
    /// about 1,100.
    public var maxNodesVisited: Int = 150_000
    /// Rounds of duplicate-key recovery in one file (each round re-reads the file and
    /// blanks every repeat of one key in one mapping).
    public var maxDuplicateKeys: Int = 50
    /// Bytes given to the YAML parser for one file, over every re-read, so that
    /// duplicate-key recovery stays linear in the file size: a real file (tens of KB)
    /// may be re-read up to `maxDuplicateKeys` times, a file at the size limit not at all.
    public var maxBytesParsed: Int = 384 * 1024
    /// Error diagnostics from reading one file's content, and repeated keys blanked
    /// out of it; past this the rest of the file is not read (a spreadsheet pasted in
    /// whole would otherwise give one error a cell).
    public var maxDiagnostics: Int = 200
    /// Characters in an id or a reference to one. Ids are names people type and read
    /// (`hub-team`, `R1`); they end up in file names, messages and tables.
    public var maxIdLength: Int = 100

    /// The largest figure (absolute value) a file may give: a thousand million million,
    /// far above any budget, benefit or count, and low enough that sums and products
    /// of every figure in a file stay finite.
    public var largestFigure: Double = 1e15
    /// The smallest non-zero figure (absolute value): figures have at most 6 decimal
    /// places, so a ratio of two of them stays finite.
    public var smallestFigure: Double = 1e-6

    public init() {}

    public static let standard = Limits()
}
