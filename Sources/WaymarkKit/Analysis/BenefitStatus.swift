/// A benefit with its figures on the as-of date (SPEC 3.3).
public struct BenefitStatus: Sendable {
    public let benefit: Benefit
    /// Flow: targets of ended periods plus the elapsed share of the current one.
    /// Level: the target of the comparison period.
    public let targetToDate: Double?
    /// Flow: actuals of started periods. Level: the actual of the comparison period.
    public let actualToDate: Double?
    public let realisation: Double?
    /// Sums over the whole profile (flow benefits only).
    public let totalTarget: Double?
    public let totalActual: Double?
    public let totalStretch: Double?
    /// Level: the actual of the latest started period that has one.
    public let latestActual: Double?
    /// Level: the latest started period with both a target and an actual.
    public let comparisonPeriod: Period?
    public let rag: RAG?

    public init(_ benefit: Benefit, asOf: Day, financialYearStart: Int, thresholds: Thresholds) {
        self.benefit = benefit
        func range(_ period: Period) -> ClosedRange<Day>? { period.range(financialYearStart: financialYearStart) }
        func started(_ entry: Profile.Entry) -> Bool { range(entry.period).map { $0.lowerBound <= asOf } ?? false }

        switch benefit.kind {
        case .flow:
            totalTarget = benefit.targets?.sum
            totalActual = benefit.actuals?.sum
            totalStretch = benefit.stretch?.sum
            latestActual = nil
            comparisonPeriod = nil
            if benefit.isUnprofiled {
                targetToDate = nil
                actualToDate = nil
                realisation = nil
            } else {
                // An unquantified benefit (no targets) still shows what it has achieved;
                // it is never scored.
                let target = benefit.targets.map { targets in
                    targets.entries.reduce(0.0) { sum, entry in
                        guard let r = range(entry.period), r.lowerBound <= asOf else { return sum }
                        if r.upperBound < asOf { return sum + entry.value }
                        let elapsed = Double(r.lowerBound.days(to: asOf) + 1)
                        let length = Double(r.lowerBound.days(to: r.upperBound) + 1)
                        return sum + entry.value * elapsed / length
                    }
                }
                let actual = benefit.targets == nil && benefit.actuals == nil
                    ? nil : (benefit.actuals?.entries ?? []).filter(started).reduce(0.0) { $0 + $1.value }
                targetToDate = target
                actualToDate = actual
                if let target, let actual, target != 0 { realisation = actual / target } else { realisation = nil }
            }
        case .level:
            totalTarget = nil
            totalActual = nil
            totalStretch = nil
            let byStart = { (entries: [Profile.Entry]) in
                entries.filter(started).sorted { range($0.period)!.lowerBound < range($1.period)!.lowerBound }
            }
            let actuals = byStart(benefit.actuals?.entries ?? [])
            let targets = byStart(benefit.targets?.entries ?? [])
            latestActual = actuals.last?.value
            // A set, not a search of the actuals for each target: a profile may hold
            // thousands of months.
            let actualPeriods = Set(actuals.map(\.period))
            let comparison = targets.last { actualPeriods.contains($0.period) }
            comparisonPeriod = comparison?.period
            if let comparison, let baseline = benefit.baseline,
               let actual = actuals.last(where: { $0.period == comparison.period })?.value {
                targetToDate = comparison.value
                actualToDate = actual
                realisation = Self.levelRealisation(actual: actual, target: comparison.value, baseline: baseline,
                                                    betterSide: benefit.direction ?? Self.impliedDirection(benefit))
            } else {
                targetToDate = comparison?.value
                actualToDate = nil
                realisation = nil
            }
        }
        rag = realisation.map { r in r >= 1 ? .green : r >= thresholds.benefitAmber ? .amber : .red }
    }

    /// The share of the planned change from baseline achieved. A target equal to the
    /// baseline ("hold steady") scores 1 when the actual is at it or on the better side.
    static func levelRealisation(actual: Double, target: Double, baseline: Double,
                                 betterSide: Benefit.Direction?) -> Double {
        if target != baseline { return (actual - baseline) / (target - baseline) }
        switch betterSide {
        case .up: return actual >= target ? 1 : 0
        case .down: return actual <= target ? 1 : 0
        case nil: return actual == target ? 1 : 0
        }
    }

    /// With no `direction`, the better side is the side of the last target (by period);
    /// nil when that target equals the baseline too.
    static func impliedDirection(_ benefit: Benefit) -> Benefit.Direction? {
        guard let baseline = benefit.baseline,
              let last = benefit.targets?.entries.filter({ $0.period != .total })
                .max(by: { $0.period.sortKey < $1.period.sortKey })
        else { return nil }
        if last.value > baseline { return .up }
        if last.value < baseline { return .down }
        return nil
    }
}

extension Period {
    /// Orders periods by when they start, independent of the financial year start
    /// (a financial year sorts at its first possible month, before its months).
    var sortKey: Int {
        switch self {
        case .total: Int.max
        case let .financialYear(year): year * 100
        case let .month(year, month): year * 100 + month
        }
    }
}
