/// A key of a benefit profile: a financial year, a calendar month, or the whole life.
public enum Period: Hashable, Sendable, CustomStringConvertible {
    /// `FY2024-25`: the financial year that starts in 2024.
    case financialYear(startYear: Int)
    /// `2024-07`.
    case month(year: Int, month: Int)
    /// `total`: a whole-life figure with no dates, which never counts to date.
    case total

    /// Parses `FY2024-25`, `2024-07` or `total`; nil for anything else.
    public init?(parsing text: String) {
        if text == "total" {
            self = .total
        } else if text.hasPrefix("FY") {
            let body = text.dropFirst(2).split(separator: "-", omittingEmptySubsequences: false)
            guard body.count == 2, body[0].count == 4, body[1].count == 2,
                  body.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                  let first = Int(body[0]), let second = Int(body[1]),
                  (first + 1) % 100 == second
            else { return nil }
            self = .financialYear(startYear: first)
        } else {
            let body = text.split(separator: "-", omittingEmptySubsequences: false)
            guard body.count == 2, body[0].count == 4, body[1].count == 2,
                  body.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                  let year = Int(body[0]), let month = Int(body[1]), (1...12).contains(month)
            else { return nil }
            self = .month(year: year, month: month)
        }
    }

    public static let acceptedForms = "FY2024-25 for a financial year, 2024-07 for a month, or total for a whole-life figure"

    /// The first and last day, given the month the financial year starts; nil for `total`.
    public func range(financialYearStart: Int) -> ClosedRange<Day>? {
        switch self {
        case .total:
            return nil
        case let .month(year, month):
            return Day(year: year, month: month, day: 1)!...Day.endOfMonth(year: year, month: month)!
        case let .financialYear(startYear):
            let first = Day(year: startYear, month: financialYearStart, day: 1)!
            // The day before the same date a year on.
            let last = Day(year: startYear + 1, month: financialYearStart, day: 1)!.adding(days: -1)
            return first...last
        }
    }

    public var description: String {
        switch self {
        case .total: "total"
        case let .financialYear(y):
            "FY\(y)-\((y + 1) % 100 < 10 ? "0" : "")\((y + 1) % 100)"
        case let .month(y, m): "\(y)-\(m < 10 ? "0" : "")\(m)"
        }
    }
}
