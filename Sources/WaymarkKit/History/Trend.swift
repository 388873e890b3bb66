/// Which way a figure moved between two points in the history.
public enum Trend: String, Hashable, Sendable, CaseIterable {
    case up, down, steady

    /// nil when either figure is missing (a new item, or one not scored at one side).
    public init?(from then: Double?, to now: Double?) {
        guard let then, let now else { return nil }
        let delta = now - then
        // Figures that differ only by rounding noise have not moved.
        if abs(delta) <= 1e-9 * max(1, abs(then), abs(now)) {
            self = .steady
        } else {
            self = delta > 0 ? .up : .down
        }
    }
}

/// A figure at the earlier and the later point.
public struct FigureShift: Hashable, Sendable {
    public let then: Double?
    public let now: Double?

    public init(then: Double?, now: Double?) {
        self.then = then
        self.now = now
    }

    /// now − then; nil when either is missing.
    public var change: Double? {
        guard let then, let now else { return nil }
        return now - then
    }

    public var trend: Trend? { Trend(from: then, to: now) }

    /// The figure appeared, disappeared or moved.
    public var isChanged: Bool {
        switch (then, now) {
        case (nil, nil): false
        case (nil, _), (_, nil): true
        default: trend != .steady
        }
    }
}

/// The parts of a programme RAG (SPEC 3.5), overall first.
public enum RAGPart: String, Hashable, Sendable, CaseIterable {
    case overall, schedule, benefits, risks
}

/// A RAG at the earlier and the later point.
public struct RAGShift: Hashable, Sendable {
    public enum Direction: String, Hashable, Sendable {
        case better, worse
    }

    public let then: RAG?
    public let now: RAG?
    /// Why a side is not rated (SPEC 3.5); nil where it is rated or the side is absent.
    public let thenNotRated: NotRatedReason?
    public let nowNotRated: NotRatedReason?

    public init(then: RAG?, now: RAG?, thenNotRated: NotRatedReason? = nil, nowNotRated: NotRatedReason? = nil) {
        self.then = then
        self.now = now
        self.thenNotRated = then == nil ? thenNotRated : nil
        self.nowNotRated = now == nil ? nowNotRated : nil
    }

    public var isChanged: Bool { then != now }

    /// `amber`, or `not rated (no assessed risks)`, at each side.
    public var thenLabel: String { NotRatedReason.label(then, thenNotRated) }
    public var nowLabel: String { NotRatedReason.label(now, nowNotRated) }

    /// Worse when the RAG moved towards red; nil when unchanged or either side has none.
    public var direction: Direction? {
        guard let then, let now, then != now else { return nil }
        return now > then ? .worse : .better
    }
}

/// The item a change is about: its id and its title as the later side gives it
/// (the earlier side's, when it was removed).
public struct ChangedItem: Hashable, Sendable {
    public let id: String
    public let title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}
