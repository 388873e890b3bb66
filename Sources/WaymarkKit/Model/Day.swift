/// A calendar day with no time of day and no time zone: programme dates are days, and
/// comparing them by day avoids every clock and zone surprise.
///
/// Held as one 32-bit day number: a large programme has hundreds of thousands of
/// dates, which are compared far more often than they are shown, and an optional day
/// then takes 8 bytes rather than 32.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    private let number: Int32

    /// Returns nil unless the three parts name a real day (so 2024-02-30 is refused).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.init(ordinal: Day.ordinal(year: year, month: month, day: day))
    }

    /// The last day of a month.
    public static func endOfMonth(year: Int, month: Int) -> Day? {
        guard (1...12).contains(month) else { return nil }
        return Day(year: year, month: month, day: daysIn(month: month, year: year))
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01, for exact day arithmetic.
    public var ordinal: Int { Int(number) }

    /// Howard Hinnant's days_from_civil.
    private static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `ordinal` days after 1970-01-01. (32 bits reach five million years
    /// either way, far past any date a programme file can hold.)
    public init(ordinal: Int) {
        number = Int32(clamping: ordinal)
    }

    /// Year, month and day, worked out together (Howard Hinnant's civil_from_days): a
    /// reader of more than one part asks for them once.
    var civil: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var day: Int { civil.day }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: Day) -> Int { other.ordinal - ordinal }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (year, month, day) = civil
        let y = String(year)
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}

extension Day {
    /// Parses the two forms a programme file may use: `YYYY-MM-DD`, or `YYYY-MM` meaning
    /// the last day of that month. Anything else is nil.
    public init?(parsing text: String) {
        // Read from the UTF-8 bytes: a large programme has hundreds of thousands of dates.
        var text = text
        let parsed = text.withUTF8 { b -> Day? in
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for i in range {
                    guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
                    value = value * 10 + Int(b[i] - UInt8(ascii: "0"))
                }
                return value
            }
            guard b.count == 7 || b.count == 10, b[4] == UInt8(ascii: "-"),
                  let year = number(0..<4), let month = number(5..<7) else { return nil }
            if b.count == 7 { return Day.endOfMonth(year: year, month: month) }
            guard b[7] == UInt8(ascii: "-"), let day = number(8..<10) else { return nil }
            return Day(year: year, month: month, day: day)
        }
        guard let parsed else { return nil }
        self = parsed
    }

    /// The forms `Day(parsing:)` accepts, for error messages.
    public static let acceptedForms = "YYYY-MM-DD, or YYYY-MM for the end of that month"
}
