/// The data of a chart in a pack. Each renderer draws it its own way (Markdown as a
/// Mermaid block or a table, HTML as inline SVG); none of them derives figures again.
public enum PackChart: Hashable, Sendable {
    case gantt(GanttChart)
    case targetAgainstActual(BarLineChart)
    case heatMap(RiskHeatMapChart)
    /// Percent complete and planned at each commit (`--history`).
    case burnUp(LineChart)
    /// A line over periods: cumulative net benefit in the finance table, and the like.
    case line(LineChart)
}

/// The milestones on a timeline, one group a workstream.
public struct GanttChart: Hashable, Sendable {
    public struct Task: Hashable, Sendable {
        /// The milestone's place in the file, from 1: a stable name that no file text reaches.
        public let number: Int
        /// The milestone's id and title as written (each renderer cleans them for its format).
        public let id: String
        public let title: String
        public let state: MilestoneState
        /// Where a bar starts, when the milestone has a start before its date.
        public let start: Day?
        /// The completion date when done, else the forecast (or the baseline).
        public let end: Day
        /// The baseline, when the forecast is later than it.
        public let slippedFrom: Day?
        public let isOpen: Bool
        /// False for a milestone complete by its progress alone: `end` is then its
        /// planned date, and the chart must not read as the day it was done.
        public var completionRecorded = true
    }

    public struct Group: Hashable, Sendable {
        public let name: String
        public let tasks: [Task]
    }

    public let asOf: Day
    public let groups: [Group]
}

/// Target bars and an actual line by period, for one benefit.
public struct BarLineChart: Hashable, Sendable {
    public struct Point: Hashable, Sendable {
        public let period: Period
        /// nil: the period has no target, so it has no bar (not a zero bar).
        public let target: Double?
        public let actual: Double
    }

    /// The benefit's id and title as written.
    public let id: String
    public let title: String
    /// The unit of the values: the currency code, a percentage unit, or as written.
    public let unit: String
    public let currency: String
    public let points: [Point]
}

/// The 5×5 risk heat map: likelihood and impact from 1 to 5, each cell with its band and
/// the open assessed risks in it.
public struct RiskHeatMapChart: Hashable, Sendable {
    public struct Cell: Hashable, Sendable {
        public let likelihood: Int
        public let impact: Int
        public let band: RiskBand
        public let riskIDs: [String]
    }

    /// Rows from likelihood 5 down to 1; in each, impact 1 to 5.
    public let rows: [[Cell]]
    public let highFrom: Int
    public let mediumFrom: Int
}

/// Lines over categories (commits, periods), sharing one axis.
public struct LineChart: Hashable, Sendable {
    public enum Values: Hashable, Sendable {
        /// Percentages from 0 to 100.
        case percent
        case money(currency: String)
    }

    public struct Series: Hashable, Sendable {
        public let name: String
        /// One value a category; nil where the series has no value.
        public let values: [Double?]
    }

    public let title: String
    /// What the categories are (`As at`, `Period`).
    public let categoryTitle: String
    public let axisTitle: String
    public let categories: [String]
    public let series: [Series]
    public let values: Values
}
