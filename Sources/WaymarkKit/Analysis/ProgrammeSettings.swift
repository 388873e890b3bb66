/// What a programme's figures are computed against: its as-of date, thresholds and
/// financial year, each resolved from the command line, the programme file, the
/// portfolio file and the defaults, in that order (SPEC 1 and 3).
public struct ProgrammeSettings: Hashable, Sendable {
    public let asOf: Day
    public let thresholds: Thresholds
    public let financialYearStart: Int

    public init(asOf: Day, thresholds: Thresholds = Thresholds(), financialYearStart: Int = 4) {
        self.asOf = asOf
        self.thresholds = thresholds
        self.financialYearStart = financialYearStart
    }

    /// - Parameters:
    ///   - asOfOverride: `--as-of`, which beats every file.
    ///   - today: the run's date, resolved once by the caller (analysis never reads the clock).
    public init(for programme: Programme, portfolio: Portfolio?, asOfOverride: Day?, today: Day) {
        asOf = asOfOverride ?? programme.asOf ?? portfolio?.asOf ?? today
        thresholds = Thresholds()
            .applying(portfolio?.thresholds ?? ThresholdOverrides())
            .applying(programme.thresholds)
        financialYearStart = programme.financialYearStart ?? portfolio?.financialYearStart ?? 4
    }
}
