@testable import WaymarkKit

/// SplitMix64: a tiny deterministic generator, so every property run sees the same
/// programmes and a failure names the seed that reproduces it.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random programmes built through the model's initialisers, within what the loader
/// lets through (figures within `Limits`, weights above zero, dates 2020–2030).
struct ProgrammeGenerator {
    var random: SplitMix64
    private static let here = ItemLocations(item: SourceLocation(file: "generated.yaml", line: 1, column: 1))

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &random) < p }

    mutating func day() -> Day {
        Day(ordinal: Int.random(in: Self.start.ordinal...Self.end.ordinal, using: &random))
    }

    static let start = Day(year: 2020, month: 1, day: 1)!
    static let end = Day(year: 2030, month: 12, day: 31)!

    mutating func milestone(_ index: Int, complete: Bool? = nil) -> Milestone {
        let due = day()
        let forecast = chance(0.4) ? due.adding(days: Int.random(in: -60...400, using: &random)) : nil
        let done = complete ?? chance(0.25)
        return Milestone(
            id: "m\(index)", title: "Milestone \(index)", due: due, forecast: forecast,
            completed: done && chance(0.7) ? due.adding(days: Int.random(in: -30...30, using: &random)) : nil,
            progress: done ? 100 : (chance(0.7) ? Double(Int.random(in: 0...99, using: &random)) : nil),
            weight: chance(0.5) ? 1 : [0.5, 2, 3, 10, 0.000001, 1e6].randomElement(using: &random)!,
            cancelled: complete == nil && chance(0.1),
            locations: Self.here)
    }

    mutating func figure() -> Double {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: 0
        case 1: Double(Int.random(in: 1...1000, using: &random))
        case 2: Double(Int.random(in: 1...10_000_000, using: &random))
        default: Double.random(in: 0.000001...1e12, using: &random)
        }
    }

    mutating func profile() -> Profile {
        let first = Int.random(in: 2019...2028, using: &random)
        let entries = (0..<Int.random(in: 1...5, using: &random)).map { offset in
            Profile.Entry(.financialYear(startYear: first + offset), figure(), at: SourceLocation(file: "generated.yaml"))
        }
        return Profile(entries)
    }

    mutating func flowBenefit(_ index: Int) -> Benefit {
        Benefit(id: "b\(index)", title: "Benefit \(index)", unit: "GBP", targets: profile(),
                actuals: chance(0.8) ? profile() : nil, locations: Self.here)
    }

    mutating func programme() -> Programme {
        var programme = Programme(id: "p", name: "P", locations: Self.here)
        programme.milestones = (0..<Int.random(in: 0...12, using: &random)).map { milestone($0) }
        programme.benefits = (0..<Int.random(in: 0...4, using: &random)).map { flowBenefit($0) }
        programme.risks = (0..<Int.random(in: 0...4, using: &random)).map { i in
            Risk(id: "R\(i)", title: "Risk", likelihood: chance(0.8) ? Int.random(in: 1...5, using: &random) : nil,
                 impact: chance(0.8) ? Int.random(in: 1...5, using: &random) : nil,
                 status: chance(0.8) ? .open : .closed, locations: Self.here)
        }
        return programme
    }
}

extension ProgrammeReport {
    init(_ programme: Programme, asOf: Day) {
        self.init(programme, settings: ProgrammeSettings(asOf: asOf))
    }
}
