import Testing
@testable import WaymarkKit

@Suite struct DayTests {
    @Test func fullDate() {
        #expect(Day(parsing: "2024-03-31") == Day(year: 2024, month: 3, day: 31))
    }

    @Test func monthOnlyMeansLastDayOfMonth() {
        #expect(Day(parsing: "2024-03") == Day(year: 2024, month: 3, day: 31))
        #expect(Day(parsing: "2024-04") == Day(year: 2024, month: 4, day: 30))
    }

    @Test func februaryInLeapAndCommonYears() {
        #expect(Day(parsing: "2024-02") == Day(year: 2024, month: 2, day: 29))
        #expect(Day(parsing: "2023-02") == Day(year: 2023, month: 2, day: 28))
        #expect(Day(parsing: "2000-02") == Day(year: 2000, month: 2, day: 29))
        #expect(Day(parsing: "1900-02") == Day(year: 1900, month: 2, day: 28))
        #expect(Day(parsing: "2024-02-29") != nil)
        #expect(Day(parsing: "2023-02-29") == nil)
    }

    @Test(arguments: ["Mar 24", "31/03/2024", "2024-02-30", "2024-13", "2024-3-31", "24-03-31", "2024-03-31T00:00:00",
                      "", "2024", "2024-00-10", "2024-03-00", " 2024-03-31"])
    func refusesOtherForms(_ text: String) {
        #expect(Day(parsing: text) == nil)
    }

    @Test func dayArithmetic() {
        let a = Day(parsing: "2024-02-28")!
        #expect(a.adding(days: 1) == Day(parsing: "2024-02-29"))
        #expect(a.adding(days: 2) == Day(parsing: "2024-03-01"))
        // 2024-04-01 to 2025-03-31 is a 365-day financial year (no 29 February in it).
        #expect(Day(parsing: "2024-04-01")!.days(to: Day(parsing: "2025-03-31")!) == 364)
        #expect(Day(parsing: "1970-01-01")!.ordinal == 0)
        #expect(Day(ordinal: Day(parsing: "2031-12-31")!.ordinal) == Day(parsing: "2031-12-31"))
        #expect(Day(parsing: "2024-03-31")!.description == "2024-03-31")
    }
}

@Suite struct PeriodTests {
    @Test func financialYearFromApril() {
        let range = Period(parsing: "FY2024-25")!.range(financialYearStart: 4)!
        #expect(range.lowerBound == Day(parsing: "2024-04-01"))
        #expect(range.upperBound == Day(parsing: "2025-03-31"))
    }

    @Test func financialYearFromJanuaryAndSeptember() {
        let january = Period(parsing: "FY2024-25")!.range(financialYearStart: 1)!
        #expect(january.lowerBound == Day(parsing: "2024-01-01"))
        #expect(january.upperBound == Day(parsing: "2024-12-31"))
        let september = Period(parsing: "FY2023-24")!.range(financialYearStart: 9)!
        #expect(september.lowerBound == Day(parsing: "2023-09-01"))
        #expect(september.upperBound == Day(parsing: "2024-08-31"))
    }

    @Test func monthAndCentury() {
        #expect(Period(parsing: "2024-02")!.range(financialYearStart: 4) ==
                Day(parsing: "2024-02-01")!...Day(parsing: "2024-02-29")!)
        #expect(Period(parsing: "FY2099-00") == .financialYear(startYear: 2099))
        #expect(Period(parsing: "FY2024-25")!.description == "FY2024-25")
        #expect(Period(parsing: "total") == .total)
    }

    @Test(arguments: ["FY2024-26", "FY2024-2025", "FY24-25", "2024-13", "2024", "Total", "FY2024/25", "2024-Q1"])
    func refusesOtherForms(_ text: String) {
        #expect(Period(parsing: text) == nil)
    }
}
