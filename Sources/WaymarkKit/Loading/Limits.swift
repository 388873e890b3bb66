/// Bounds on what one input may cost, so hostile or broken files end in a `too-large`
/// error instead of exhausting time or memory. Reading is one pass over libyaml's
/// events into a compact tree, linear in the bytes; these bound what is left
/// (`Scripts/measure-hostile.py` measures the worst inputs known).
///
/// Nesting has no knob: past 1,000 levels is reported as `too-large`, as libyaml does.
public struct Limits: Hashable, Sendable {
    /// Bytes in one file: 64 MiB, room for a programme of a few hundred thousand
    /// milestones with notes (the largest real programme file is 25 KB). Time and
    /// memory are linear in the bytes, so this bounds both.
    public var maxFileBytes: Int = 64 * 1024 * 1024
    /// Nodes read through aliases in one file. An alias is one entry in the tree
    /// however large the node it repeats, so a "billion laughs" reads cheaply; this
    /// bounds the walk over its expansion, and so the size of the programme it can
    /// make. Nodes written out in the file are not counted: the file's size bounds them.
    public var maxNodesVisited: Int = 150_000
    /// Error diagnostics from reading one file's content; past this the rest of the
    /// file is not read (a spreadsheet pasted in
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

    /// `diagnostics` in file order, at most `maxDiagnostics` of them, and whether any
    /// were cut: the rest give way to one `too-large` where the first left out was.
    func capped(_ diagnostics: [Diagnostic]) -> (diagnostics: [Diagnostic], isCut: Bool) {
        var all = diagnostics
        all.sort()
        guard all.count > maxDiagnostics else { return (all, false) }
        let first = all[maxDiagnostics]
        all.removeSubrange(maxDiagnostics...)
        all.append(tooMany(at: first.location))
        return (all, true)
    }

    /// The last diagnostic of a file with more than `maxDiagnostics`.
    func tooMany(at location: SourceLocation) -> Diagnostic {
        .error(.tooLarge, "this file has more than \(maxDiagnostics) problems; the rest of it is not checked", at: location)
    }

    public static let standard = Limits()
}
