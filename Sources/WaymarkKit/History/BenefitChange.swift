/// A benefit that was added, removed, descoped or reinstated, or whose targets, actuals
/// or RAG changed.
public struct BenefitChange: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case added, removed
        /// Given `status: cancelled` since: it counts nowhere now (SPEC 1.4).
        case descoped
        /// Cancelled then, not now: it counts again.
        case reinstated
        case changed
    }

    /// One period's figure in a profile, at each side; nil where the period is not given.
    public struct PeriodChange: Hashable, Sendable {
        public let period: Period
        public let then: Double?
        public let now: Double?
    }

    public let kind: Kind
    public let item: ChangedItem
    public let unit: String
    public let targets: [PeriodChange]
    public let actuals: [PeriodChange]
    /// Realisation to date (SPEC 3.3), a ratio: 0.95 is 95%.
    public let realisation: FigureShift
    public let actualToDate: FigureShift
    public let targetToDate: FigureShift
    /// Actuals for periods with no target, shown beside the benefit (SPEC 3.3).
    public let actualOutsideProfile: FigureShift
    public let rag: RAGShift
    /// Whether the benefit is cancelled (descoped) at the later side, or the earlier one
    /// when it was removed.
    public let isCancelled: Bool

    /// `financialYearStart`: the later file's, which orders the periods.
    init(kind: Kind, then: BenefitStatus?, now: BenefitStatus?, financialYearStart: Int) {
        self.kind = kind
        let benefit = now?.benefit ?? then?.benefit
        item = ChangedItem(id: benefit?.id ?? "", title: benefit?.title ?? "")
        unit = benefit?.unit ?? ""
        func periods(_ profile: (BenefitStatus) -> Profile?) -> [PeriodChange] {
            kind == .changed ? Self.periods(then.flatMap(profile), now.flatMap(profile), financialYearStart: financialYearStart) : []
        }
        targets = periods(\.benefit.targets)
        actuals = periods(\.benefit.actuals)
        realisation = FigureShift(then: then?.realisation, now: now?.realisation)
        actualToDate = FigureShift(then: then?.actualToDate, now: now?.actualToDate)
        targetToDate = FigureShift(then: then?.targetToDate, now: now?.targetToDate)
        actualOutsideProfile = FigureShift(then: then?.actualOutsideProfile, now: now?.actualOutsideProfile)
        rag = RAGShift(then: then?.rag, now: now?.rag)
        isCancelled = benefit?.cancelled ?? false
    }

    /// Benefits matched by id: added, removed, and those whose targets, actuals or RAG changed.
    static func changes(then: [BenefitStatus], now: [BenefitStatus], financialYearStart: Int) -> [BenefitChange] {
        let changes = paired(then: then, now: now, id: \.benefit.id).compactMap { pair -> BenefitChange? in
            func change(_ kind: Kind) -> BenefitChange {
                BenefitChange(kind: kind, then: pair.then, now: pair.now, financialYearStart: financialYearStart)
            }
            switch pair {
            case (nil, _): return change(.added)
            case (_, nil): return change(.removed)
            case let (then?, now?) where then.benefit.cancelled != now.benefit.cancelled:
                return change(now.benefit.cancelled ? .descoped : .reinstated)
            default:
                let change = change(.changed)
                return change.targets.isEmpty && change.actuals.isEmpty && !change.rag.isChanged ? nil : change
            }
        }
        return stableSorted(changes, by: \.kind)
    }

    /// The periods whose figure differs between two profiles, in time order: by first
    /// day, so the financial year start counts (with years from July, FY2022-23 comes
    /// after 2022-05), a year before a month that starts with it, `total` last.
    private static func periods(_ then: Profile?, _ now: Profile?, financialYearStart: Int) -> [PeriodChange] {
        let all = Set((then?.entries ?? []).map(\.period)).union((now?.entries ?? []).map(\.period))
        func order(_ period: Period) -> (Int, Int) {
            (period.range(financialYearStart: financialYearStart).map { $0.lowerBound.ordinal } ?? Int.max, period.sortKey)
        }
        return all.sorted { order($0) < order($1) }.compactMap { period in
            let (a, b) = (then?.value(for: period), now?.value(for: period))
            return a == b ? nil : PeriodChange(period: period, then: a, now: b)
        }
    }
}
