/// One row of the finance table (SPEC 3.7): a period's spend against the currency flow
/// benefits' target and actual for it.
public struct FinanceRow: Hashable, Sendable {
    public let period: Period
    public let range: ClosedRange<Day>
    /// Σ spend profiles for the period; nil when no line gives spend for it.
    public let spent: Double?
    /// Σ benefit targets for the period; nil when no benefit has one (no bar, not a zero).
    public let benefitTarget: Double?
    /// Σ every actual recorded for the period, a future one included.
    public let benefitActual: Double?
    /// actual − spent, a missing figure counting as nothing.
    public let net: Double
    public let cumulativeNet: Double
    /// The period starts after the as-of date (its actuals are flagged by `future-actual`).
    public let isFuture: Bool
}

/// What was approved and spent, and net benefit by period (SPEC 3.7).
public struct FundingFigures: Sendable {
    public let lines: [FundingLine]
    /// Σ approved over the lines (whole-life); nil when no line gives an amount.
    public let approvedTotal: Double?
    /// Σ spent over started periods, a plain figure counting as spent to as_of; nil when
    /// no line gives spend.
    public let spentToDate: Double?
    public let rows: [FinanceRow]
    /// The first row, at or after the first row with spend, whose cumulative net is ≥ 0.
    public let paybackRow: FinanceRow?

    /// - Parameter benefits: the flow benefits in the programme currency that are not
    ///   cancelled (`BenefitStatus.isMoneyFlow`), the same as net benefit counts.
    public init(lines: [FundingLine], benefits: [Benefit], asOf: Day, financialYearStart: Int) {
        self.lines = lines
        func range(_ period: Period) -> ClosedRange<Day>? { period.range(financialYearStart: financialYearStart) }

        let approved = lines.compactMap(\.approved)
        approvedTotal = approved.isEmpty ? nil : approved.reduce(0) { $0 + $1.total }
        let spent = lines.compactMap { Self.spentToDate($0, asOf: asOf, financialYearStart: financialYearStart) }
        spentToDate = spent.isEmpty ? nil : spent.reduce(0, +)

        // Each distinct period is its own row: a month inside a financial year (from
        // different profiles) is not folded into the year, which would need a profile
        // to be split that its owner never split.
        var byPeriod: [Period: (spent: Double?, target: Double?, actual: Double?)] = [:]
        func add(_ entries: [Profile.Entry], _ part: WritableKeyPath<(spent: Double?, target: Double?, actual: Double?), Double?>) {
            for entry in entries where range(entry.period) != nil {
                var row = byPeriod[entry.period] ?? (nil, nil, nil)
                row[keyPath: part] = (row[keyPath: part] ?? 0) + entry.value
                byPeriod[entry.period] = row
            }
        }
        for line in lines { add(line.spent?.entries ?? [], \.spent) }
        for benefit in benefits {
            add(benefit.targets?.entries ?? [], \.target)
            add(benefit.actuals?.entries ?? [], \.actual)
        }
        let ordered = byPeriod.keys.compactMap { p in range(p).map { (p, $0) } }.sorted { a, b in
            if a.1.lowerBound != b.1.lowerBound { return a.1.lowerBound < b.1.lowerBound }
            if a.1.upperBound != b.1.upperBound { return a.1.upperBound < b.1.upperBound }
            return a.0.description < b.0.description
        }
        var cumulative = 0.0
        rows = ordered.map { period, r in
            let figures = byPeriod[period] ?? (nil, nil, nil)
            let net = (figures.actual ?? 0) - (figures.spent ?? 0)
            cumulative += net
            return FinanceRow(period: period, range: r, spent: figures.spent, benefitTarget: figures.target,
                              benefitActual: figures.actual, net: net, cumulativeNet: cumulative,
                              isFuture: r.lowerBound > asOf)
        }
        if let firstSpend = rows.firstIndex(where: { ($0.spent ?? 0) > 0 }) {
            paybackRow = rows[firstSpend...].first { $0.cumulativeNet >= 0 }
        } else {
            paybackRow = nil
        }
    }

    /// The last started period with spend, when benefits are recorded for a started
    /// period that ends after it and no line gives spend as a plain figure (which means
    /// spent to as_of). Net benefit then sets later benefits against no spend at all,
    /// so the pack says where the spend stops rather than let the figure look complete.
    public var spendRecordedOnlyTo: FinanceRow? {
        guard !lines.contains(where: { if case .figure? = $0.spent { true } else { false } }),
              let lastSpend = rows.last(where: { !$0.isFuture && ($0.spent ?? 0) != 0 }),
              rows.contains(where: { !$0.isFuture && $0.benefitActual != nil
                                     && $0.range.upperBound > lastSpend.range.upperBound })
        else { return nil }
        return lastSpend
    }

    /// One line's spend to `asOf`: the periods that have started, or a plain figure as
    /// given (it means spent to as_of); nil when the line gives no spend.
    public static func spentToDate(_ line: FundingLine, asOf: Day, financialYearStart: Int) -> Double? {
        switch line.spent {
        case nil:
            return nil
        case let .figure(value)?:
            return value
        case let .profile(profile)?:
            return profile.entries.reduce(0) { sum, entry in
                guard let r = entry.period.range(financialYearStart: financialYearStart), r.lowerBound <= asOf else { return sum }
                return sum + entry.value
            }
        }
    }

}
