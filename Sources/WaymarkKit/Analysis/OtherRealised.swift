/// What other realised to date (SPEC 3.3) is made of, so that a reader can see why these
/// pounds sit beside the headline rather than in it.
public struct OtherRealised: Hashable, Sendable {
    /// From benefits with no targets (unquantified), whatever form their actuals take.
    public let withoutTarget: Double
    /// From benefits whose targets are a whole-life `total`, or whose other profiles
    /// are (unprofiled, SPEC 3.3).
    public let wholeLifeOnly: Double
    /// From measured benefits, for periods that overlap no target period.
    public let outsideProfile: Double

    public var total: Double { withoutTarget + wholeLifeOnly + outsideProfile }

    /// Sums the actuals outside a profile of the flow benefits in `currency` (cancelled
    /// ones count nowhere).
    init(_ benefits: [BenefitStatus], currency: String) {
        let money = benefits.filter { $0.isMoneyFlow(currency: currency) }
        func sum(_ statuses: [BenefitStatus]) -> Double { statuses.reduce(0) { $0 + ($1.actualOutsideProfile ?? 0) } }
        // A benefit with no targets has no target at all, even when another of its
        // profiles (a stretch) is a whole-life total that makes it unprofiled.
        withoutTarget = sum(money.filter(\.benefit.isUnquantified))
        wholeLifeOnly = sum(money.filter { $0.benefit.isUnprofiled && !$0.benefit.isUnquantified })
        outsideProfile = sum(money.filter(\.isMeasured))
    }
}
