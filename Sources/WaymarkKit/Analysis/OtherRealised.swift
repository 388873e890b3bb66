/// What other realised to date (SPEC 3.3) is made of, so that a reader can see why these
/// pounds sit beside the headline rather than in it.
public struct OtherRealised: Hashable, Sendable {
    /// From benefits with no targets (unquantified).
    public let withoutTarget: Double
    /// From benefits with only a whole-life `total` (unprofiled).
    public let wholeLifeOnly: Double
    /// From measured benefits, for periods that overlap no target period.
    public let outsideProfile: Double

    public var total: Double { withoutTarget + wholeLifeOnly + outsideProfile }

    /// Sums the actuals outside a profile of the flow benefits in `currency` (cancelled
    /// ones count nowhere).
    init(_ benefits: [BenefitStatus], currency: String) {
        let money = benefits.filter { $0.isMoneyFlow(currency: currency) }
        func sum(_ statuses: [BenefitStatus]) -> Double { statuses.reduce(0) { $0 + ($1.actualOutsideProfile ?? 0) } }
        withoutTarget = sum(money.filter { $0.benefit.isUnquantified && !$0.benefit.isUnprofiled })
        wholeLifeOnly = sum(money.filter(\.benefit.isUnprofiled))
        outsideProfile = sum(money.filter(\.isMeasured))
    }
}
