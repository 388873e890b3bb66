/// A benefit with its figures on the as-of date (SPEC 3.3).
public struct BenefitStatus: Sendable {
    public let benefit: Benefit
    /// Flow: targets of ended periods plus the elapsed share of the current one.
    /// Level: the target of the comparison period.
    public let targetToDate: Double?
    /// Flow: actuals of started periods that overlap a period with a target (SPEC 3.3,
    /// v1.1: actuals are measured against the profile they belong to). Level: the actual
    /// of the comparison period. Nil for an unquantified or unprofiled benefit, which has
    /// no profile to measure against.
    public let actualToDate: Double?
    /// Flow: actuals of started periods that overlap no target period, shown beside the
    /// benefit and never counted in its realisation; for an unquantified or unprofiled
    /// benefit, every actual of a started period (nil when it has no actuals at all). Nil
    /// for a level benefit.
    public let actualOutsideProfile: Double?
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

        if benefit.cancelled {
            // Descoped: counted nowhere, so no figure at all (SPEC 1.4).
            targetToDate = nil
            actualToDate = nil
            actualOutsideProfile = nil
            realisation = nil
            totalTarget = nil
            totalActual = nil
            totalStretch = nil
            latestActual = nil
            comparisonPeriod = nil
            rag = nil
            return
        }
        switch benefit.kind {
        case .flow:
            totalTarget = benefit.targets?.sum
            totalActual = benefit.actuals?.sum
            totalStretch = benefit.stretch?.sum
            latestActual = nil
            comparisonPeriod = nil
            let startedActuals = (benefit.actuals?.entries ?? []).filter(started)
            if benefit.isUnprofiled || benefit.isUnquantified {
                // No dated target to set them against: every actual recorded so far is
                // outside a profile (an unquantified benefit is listed, never scored).
                targetToDate = nil
                actualToDate = nil
                actualOutsideProfile = benefit.actuals == nil ? nil : startedActuals.reduce(0) { $0 + $1.value }
                realisation = nil
            } else {
                let targets = benefit.targets?.entries ?? []
                targetToDate = targets.reduce(0.0) { sum, entry in
                    guard let r = range(entry.period), r.lowerBound <= asOf else { return sum }
                    if r.upperBound < asOf { return sum + entry.value }
                    let elapsed = Double(r.lowerBound.days(to: asOf) + 1)
                    let length = Double(r.lowerBound.days(to: r.upperBound) + 1)
                    return sum + entry.value * elapsed / length
                }
                // Date ranges intersect: a month inside a target year counts, and so does a
                // year holding target months (the financial year start sets the ranges).
                // The target ranges are merged into spans in date order, each actual's
                // found by halving: a profile may hold thousands of months.
                let spans = Self.spans(covering: targets.compactMap { range($0.period) })
                func paired(_ entry: Profile.Entry) -> Bool {
                    guard let r = range(entry.period) else { return false }
                    var (low, high) = (0, spans.count)
                    while low < high {
                        let middle = (low + high) / 2
                        if spans[middle].upperBound < r.lowerBound { low = middle + 1 } else { high = middle }
                    }
                    return low < spans.count && spans[low].overlaps(r)
                }
                let inside = startedActuals.filter(paired).reduce(0.0) { $0 + $1.value }
                let outside = startedActuals.filter { !paired($0) }.reduce(0.0) { $0 + $1.value }
                actualToDate = inside
                actualOutsideProfile = outside
                if let target = targetToDate, target != 0 { realisation = inside / target } else { realisation = nil }
            }
        case .level:
            actualOutsideProfile = nil
            totalTarget = nil
            totalActual = nil
            totalStretch = nil
            let byStart = { (entries: [Profile.Entry]) in
                entries.filter(started).sorted { range($0.period)!.lowerBound < range($1.period)!.lowerBound }
            }
            let actuals = byStart(benefit.actuals?.entries ?? [])
            let targets = byStart(benefit.targets?.entries ?? [])
            latestActual = actuals.last?.value
            // An unprofiled benefit (a whole-life `total` in any profile, README) is never
            // measured to date, level or flow: no comparison period, so no realisation.
            // A set, not a search of the actuals for each target: a profile may hold
            // thousands of months.
            let actualPeriods = Set(actuals.map(\.period))
            let comparison = benefit.isUnprofiled ? nil : targets.last { actualPeriods.contains($0.period) }
            comparisonPeriod = comparison?.period
            if let comparison, let baseline = benefit.baseline,
               let actual = actuals.last(where: { $0.period == comparison.period })?.value {
                targetToDate = comparison.value
                actualToDate = actual
                realisation = Self.levelRealisation(actual: actual, target: comparison.value, baseline: baseline,
                                                    betterSide: benefit.direction
                                                        ?? Self.impliedDirection(benefit, financialYearStart: financialYearStart))
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
    static func impliedDirection(_ benefit: Benefit, financialYearStart: Int) -> Benefit.Direction? {
        guard let baseline = benefit.baseline,
              let last = benefit.targets?.entries.last(financialYearStart: financialYearStart)
        else { return nil }
        if last.value > baseline { return .up }
        if last.value < baseline { return .down }
        return nil
    }
}

extension BenefitStatus {
    /// A flow benefit in the programme's currency: its pounds count in realised or other
    /// realised to date; a cancelled one counts nowhere.
    func isMoneyFlow(currency: String) -> Bool {
        benefit.kind == .flow && benefit.unit == currency && !benefit.cancelled
    }

    /// The days `ranges` cover, as ranges that do not overlap, in date order.
    static func spans(covering ranges: [ClosedRange<Day>]) -> [ClosedRange<Day>] {
        var spans: [ClosedRange<Day>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = spans.last, range.lowerBound <= last.upperBound {
                spans[spans.count - 1] = last.lowerBound...Swift.max(last.upperBound, range.upperBound)
            } else {
                spans.append(range)
            }
        }
        return spans
    }

    /// Has a target profile by period, so its actuals are set against targets (SPEC 3.3).
    var isMeasured: Bool {
        benefit.kind == .flow && !benefit.isUnquantified && !benefit.isUnprofiled && !benefit.cancelled
    }
}

extension Array where Element == Profile.Entry {
    /// The entry of the period that starts last. Ordered by first day, so the financial
    /// year start counts: with years from July, FY2022-23 comes after 2022-05, which
    /// `Period.sortKey` would put later.
    func last(financialYearStart: Int) -> Profile.Entry? {
        compactMap { entry in entry.period.range(financialYearStart: financialYearStart).map { (entry, $0.lowerBound) } }
            .max { $0.1 < $1.1 }?.0
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
