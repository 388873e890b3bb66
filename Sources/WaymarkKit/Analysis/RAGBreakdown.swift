/// The programme RAG and how each part was set (SPEC 3.5), so a pack can explain it.
public struct RAGBreakdown: Hashable, Sendable {
    /// One part of the RAG, with the items that set it.
    public struct Part: Hashable, Sendable {
        public let rag: RAG?
        /// The ids of the items that set the RAG (the red ones when red, the amber ones when amber).
        public let drivers: [String]
    }

    public let schedule: Part
    public let benefits: Part
    public let risks: Part

    /// The worst of the three parts; nil when all are nil.
    public var overall: RAG? { [schedule.rag, benefits.rag, risks.rag].compactMap { $0 }.max() }

    public init(milestones: [MilestoneStatus], benefits: [BenefitStatus], risks: [RiskStatus]) {
        func worst(_ rags: [(id: String, rag: RAG)]) -> Part {
            guard let rag = rags.map(\.rag).max() else { return Part(rag: nil, drivers: []) }
            return Part(rag: rag, drivers: rag == .green ? [] : rags.filter { $0.rag == rag }.map(\.id))
        }
        let scheduled = milestones.compactMap { s in s.rag.map { (s.milestone.id, $0) } }
        if milestones.isEmpty {
            schedule = Part(rag: nil, drivers: [])
        } else if scheduled.isEmpty {
            // Only complete or cancelled milestones: the schedule is green, not unknown.
            schedule = Part(rag: .green, drivers: [])
        } else {
            schedule = worst(scheduled)
        }
        self.benefits = worst(benefits.compactMap { s in s.rag.map { (s.benefit.id, $0) } })
        let open = risks.filter(\.isOpen)
        let high = open.filter { $0.band == .high }.map(\.risk.id)
        let medium = open.filter { $0.band == .medium }.map(\.risk.id)
        if !high.isEmpty {
            self.risks = Part(rag: .red, drivers: high)
        } else if !medium.isEmpty {
            self.risks = Part(rag: .amber, drivers: medium)
        } else {
            self.risks = Part(rag: .green, drivers: [])
        }
    }
}
