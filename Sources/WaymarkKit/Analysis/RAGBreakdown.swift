/// The programme RAG and how each part was set (SPEC 3.5), so a pack can explain it.
public struct RAGBreakdown: Hashable, Sendable {
    /// One part of the RAG, with the items that set it.
    public struct Part: Hashable, Sendable {
        public let rag: RAG?
        /// The ids of the items that set the RAG (the red ones when red, the amber ones when amber).
        public let drivers: [String]
        /// Why the part is not rated; nil exactly when it is rated.
        public let notRated: NotRatedReason?

        public init(rag: RAG, drivers: [String]) {
            self.rag = rag
            self.drivers = drivers
            notRated = nil
        }

        public init(notRated reason: NotRatedReason) {
            rag = nil
            drivers = []
            notRated = reason
        }

        /// `amber`, or `not rated (no milestones)`.
        public var label: String { NotRatedReason.label(rag, notRated) }
    }

    public let schedule: Part
    public let benefits: Part
    public let risks: Part

    /// The worst of the three parts; nil (not rated) when none is rated.
    public var overall: RAG? { [schedule.rag, benefits.rag, risks.rag].compactMap { $0 }.max() }

    /// Why the whole is not rated: `noPartRated` when no part is; nil when it is rated.
    public var overallNotRated: NotRatedReason? { overall == nil ? .noPartRated : nil }

    /// One part, or the whole, with its reason when not rated.
    public func part(_ part: RAGPart) -> Part {
        switch part {
        case .schedule: schedule
        case .benefits: benefits
        case .risks: risks
        case .overall: overall.map { Part(rag: $0, drivers: []) } ?? Part(notRated: .noPartRated)
        }
    }

    /// From the figures, without making a status for each milestone.
    init(milestones: MilestoneStatuses, benefits: [BenefitStatus], risks: [RiskStatus]) {
        let rags = milestones.indices.lazy.map { i in (id: milestones.milestones[i].id, rag: milestones.figures[i].rag) }
        self.init(schedule: Self.schedule(rags), benefits: benefits, risks: risks)
    }

    private init(schedule: Part, benefits: [BenefitStatus], risks: [RiskStatus]) {
        self.schedule = schedule
        self.benefits = Self.worst(benefits.compactMap { s in s.rag.map { (s.benefit.id, $0) } }, else: .noMeasuredBenefits)
        // Only open assessed risks rate the register: one where nothing is scored is not
        // a green one (SPEC 3.5, v1.1).
        var high: [String] = []
        var medium: [String] = []
        var assessed = false
        for status in risks where status.isOpen {
            switch status.band {
            case .high: high.append(status.risk.id)
            case .medium: medium.append(status.risk.id)
            case .low, nil: break
            }
            if status.band != nil { assessed = true }
        }
        if !high.isEmpty {
            self.risks = Part(rag: .red, drivers: high)
        } else if !medium.isEmpty {
            self.risks = Part(rag: .amber, drivers: medium)
        } else if assessed {
            self.risks = Part(rag: .green, drivers: [])
        } else {
            self.risks = Part(notRated: .noAssessedRisks)
        }
    }

    /// The worst RAG, driven by every item that has it (none when green).
    private static func worst(_ rags: [(id: String, rag: RAG)], else reason: NotRatedReason) -> Part {
        guard let rag = rags.map(\.rag).max() else { return Part(notRated: reason) }
        return Part(rag: rag, drivers: rag == .green ? [] : rags.filter { $0.rag == rag }.map(\.id))
    }

    /// The schedule from each milestone's id and RAG (nil when complete or cancelled),
    /// read twice rather than kept: only the drivers' ids are kept.
    private static func schedule(_ milestones: some Collection<(id: String, rag: RAG?)>) -> Part {
        if milestones.isEmpty { return Part(notRated: .noMilestones) }
        var worst: RAG?
        for m in milestones {
            if let rag = m.rag, worst == nil || worst! < rag { worst = rag }
        }
        // Only complete or cancelled milestones: the schedule is green, not unknown
        // (SPEC 3.5 leaves the schedule unrated only when there are no milestones).
        guard let rag = worst else { return Part(rag: .green, drivers: []) }
        var drivers: [String] = []
        if rag != .green {
            for m in milestones where m.rag == rag { drivers.append(m.id) }
        }
        return Part(rag: rag, drivers: drivers)
    }
}
