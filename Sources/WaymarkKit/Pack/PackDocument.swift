/// A status pack as a value: what it says, in order, before any format is chosen.
/// `PackBuilder` makes one from a programme's figures and findings; the Markdown and HTML
/// renderers each write it out and decide nothing about its content.
public struct PackDocument: Hashable, Sendable {
    /// What the pack is of.
    public enum Kind: Hashable, Sendable {
        case programme(id: String)
        case portfolio
    }

    public let kind: Kind
    /// The name a printed page carries in its running title.
    public let title: String
    public var sections: [PackSection]

    public init(kind: Kind, title: String, sections: [PackSection]) {
        self.kind = kind
        self.title = title
        self.sections = sections
    }

    public func section(_ id: PackSection.ID) -> PackSection? {
        sections.first { $0.id == id }
    }
}

/// One section of a pack: the blocks under one `##` heading (or the title, or the footer).
public struct PackSection: Hashable, Sendable {
    /// The sections of a programme pack in the order SPEC 7 gives, and the portfolio's.
    public enum ID: String, CaseIterable, Hashable, Sendable {
        case title
        case narrative, headline, changes, rag
        case achievements, decisions, issues
        case attention, milestones, timeline, history, benefits
        case finance
        case risks, dependencies
        case dataQuality = "data-quality"
        case footer
        case portfolio
    }

    public let id: ID
    public var blocks: [PackBlock]
    /// Whether a printed pack should start this section on a new page (a long table or a
    /// chart that reads best whole).
    public var startsPage: Bool

    public init(_ id: ID, _ blocks: [PackBlock], startsPage: Bool = false) {
        self.id = id
        self.blocks = blocks
        self.startsPage = startsPage
    }
}

/// A block of a section.
public enum PackBlock: Hashable, Sendable {
    /// A heading: level 1 is the pack's title, 2 a section, 3 a part of one.
    case heading(Int, PackText)
    case paragraph(PackText)
    /// A paragraph that stands out: a warning the board must not miss.
    case callout(PackText)
    case bullets([PackText])
    case table(PackTable)
    case chart(PackChart)
    /// A line that separates the footer from the pack.
    case rule
}

/// A table whose rows always have as many cells as its header.
public struct PackTable: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable {
        case left, right, centre
    }

    public struct Column: Hashable, Sendable {
        public let title: PackText
        public let alignment: Alignment

        public init(_ title: PackText, _ alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    public let columns: [Column]
    public private(set) var rows: [[PackText]] = []
    /// What an empty cell shows.
    public var emptyCell: PackText = "—"
    /// Whether the first column names the row (a row header), as in the heat map.
    public var rowHeaders = false

    public init(_ columns: [Column]) {
        self.columns = columns
    }

    /// Adds a row; a missing cell is shown empty and an extra one dropped, so a mistake in
    /// the builder can never shift a column.
    public mutating func add(_ cells: [PackText]) {
        var row = Array(cells.prefix(columns.count))
        row += Array(repeating: PackText(), count: columns.count - row.count)
        rows.append(row)
    }
}
