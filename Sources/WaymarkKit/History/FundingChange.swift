/// A funding line added, removed, or with its approved amount or spend to date changed
/// between two points (SPEC 1.7).
public struct FundingChange: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case added, changed, removed
    }

    public let kind: Kind
    public let item: ChangedItem
    /// The line's whole-life approved amount at each side.
    public let approved: FigureShift
    /// The line's spend to each side's as-of date.
    public let spent: FigureShift

    /// Lines matched by id (the `budget` shorthand is the line `budget`), by kind, in
    /// the order of the later file.
    static func changes(then: ProgrammeReport, now: ProgrammeReport) -> [FundingChange] {
        func spent(_ line: FundingLine?, _ report: ProgrammeReport) -> Double? {
            line.flatMap {
                FundingFigures.spentToDate($0, asOf: report.asOf, financialYearStart: report.settings.financialYearStart)
            }
        }
        let pairs = paired(then: then.programme.fundingLines, now: now.programme.fundingLines, id: \.id)
        let changes = pairs.compactMap { pair -> FundingChange? in
            guard let line = pair.now ?? pair.then else { return nil }
            let approved = FigureShift(then: pair.then?.approved?.total, now: pair.now?.approved?.total)
            let spentShift = FigureShift(then: spent(pair.then, then), now: spent(pair.now, now))
            let kind: Kind
            switch (pair.then, pair.now) {
            case (nil, _): kind = .added
            case (_, nil): kind = .removed
            default:
                guard approved.isChanged || spentShift.isChanged else { return nil }
                kind = .changed
            }
            return FundingChange(kind: kind, item: ChangedItem(id: line.id, title: line.title),
                                 approved: approved, spent: spentShift)
        }
        return stableSorted(changes, by: \.kind)
    }
}
