/// A threat to delivery, scored by likelihood and impact on a 1-5 scale.
public struct Risk: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable, CaseIterable {
        case open, closed
    }

    public var id: String
    public var title: String
    public var owner: String?
    public var likelihood: Int?
    public var impact: Int?
    public var targetLikelihood: Int?
    public var targetImpact: Int?
    public var mitigation: String?
    public var status: Status
    public var reviewBy: Day?
    public var affects: [Reference]
    public var notes: String?
    public var source: String?
    public var locations: ItemLocations

    public init(id: String, title: String, owner: String? = nil, likelihood: Int? = nil, impact: Int? = nil,
                targetLikelihood: Int? = nil, targetImpact: Int? = nil, mitigation: String? = nil,
                status: Status = .open, reviewBy: Day? = nil, affects: [Reference] = [],
                notes: String? = nil, source: String? = nil, locations: ItemLocations) {
        self.id = id
        self.title = title
        self.owner = owner
        self.likelihood = likelihood
        self.impact = impact
        self.targetLikelihood = targetLikelihood
        self.targetImpact = targetImpact
        self.mitigation = mitigation
        self.status = status
        self.reviewBy = reviewBy
        self.affects = affects
        self.notes = notes
        self.source = source
        self.locations = locations
    }

    /// Without both likelihood and impact a risk is listed but never scored.
    public var isAssessed: Bool { likelihood != nil && impact != nil }
}
