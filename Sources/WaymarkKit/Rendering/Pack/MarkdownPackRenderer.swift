/// Writes a `PackDocument` as GitHub-flavoured Markdown (SPEC 7): text from files
/// escaped so it can never break a table or become HTML, RAG as a colour symbol with its
/// word, and charts as Mermaid blocks that GitHub and GitLab draw.
public struct MarkdownPackRenderer {
    public init() {}

    /// The whole document: its sections with one blank line between them.
    public func render(_ document: PackDocument) -> String {
        document.sections.map(render).joined(separator: "\n")
    }

    /// One section: its blocks with a blank line between them, ending with a newline.
    public func render(_ section: PackSection) -> String {
        MarkdownText.blocks(section.blocks.map(render))
    }

    func render(_ block: PackBlock) -> String {
        switch block {
        case let .heading(level, text): String(repeating: "#", count: level) + " " + render(text)
        case let .paragraph(text), let .callout(text): render(text)
        case let .bullets(items): items.map { "- " + render($0) }.joined(separator: "\n")
        case let .table(table): render(table)
        case let .chart(chart): render(chart)
        case .rule: "---"
        }
    }

    private func render(_ table: PackTable) -> String {
        var markdown = MarkdownTable(table.columns.map { MarkdownTable.Column(render($0.title), alignment($0.alignment)) })
        markdown.emptyCell = render(table.emptyCell)
        for row in table.rows {
            markdown.add(row.map(render))
        }
        return markdown.render()
    }

    private func alignment(_ alignment: PackTable.Alignment) -> MarkdownTable.Alignment {
        switch alignment {
        case .left: .left
        case .right: .right
        case .centre: .centre
        }
    }

    // MARK: - Text

    func render(_ text: PackText) -> String {
        text.spans.map(render).joined()
    }

    private func render(_ span: PackSpan) -> String {
        switch span {
        case let .words(words): words
        case let .text(text): MarkdownText.inline(text)
        case let .code(code): HistoryMarkdown.code(code)
        case let .strong(text): "**\(render(text))**"
        case let .emphasis(text): "_\(render(text))_"
        case let .link(text, link): "[\(render(text))](\(Self.fileName(link)))"
        case let .date(day): Formatting.date(day)
        case let .period(period): Formatting.period(period)
        case let .money(value, currency): Formatting.money(value, currency: currency)
        case let .amount(value, unit, currency): amount(Formatting(currency: currency).amountParts(value, unit: unit))
        case let .percent(value): Formatting.percent(value)
        case let .ratio(value): Formatting.ratio(value)
        case let .count(value, singular, plural): Formatting.count(value, singular, plural)
        case let .number(value): Formatting.number(value)
        case let .rag(rag): Formatting.rag(rag)
        case let .ragPart(part): Formatting.rag(part)
        case let .confidence(confidence): Formatting.confidence(confidence)
        case let .band(band): Formatting.band(band)
        case let .badge(tone, word): "\(Formatting.symbol(tone)) \(word)"
        case .warning: "⚠️"
        }
    }

    private func amount(_ parts: (figure: String, unit: String?)) -> String {
        parts.unit.map { "\(parts.figure) \(MarkdownText.inline($0))" } ?? parts.figure
    }

    /// `riverside.md`, `README.md`: the file a link points to in a Markdown pack.
    static func fileName(_ link: PackLink) -> String {
        switch link {
        case let .programme(id): "\(id).md"
        case .portfolio: StatusPack.summaryName
        }
    }

    // MARK: - Charts

    private func render(_ chart: PackChart) -> String {
        switch chart {
        case let .gantt(gantt):
            MermaidGantt(chart: gantt).render() + "\n" + MermaidGantt.key + "\n"
        case let .targetAgainstActual(bars):
            MermaidBenefitChart(chart: bars).render()
        case let .heatMap(map):
            heatMap(map)
        case let .burnUp(line):
            MermaidLineChart(chart: line).render()
        case let .line(line):
            MermaidLineChart(chart: line).renderOverPeriods()
        }
    }

    /// The 5×5 heat map as a table: likelihood 5 down to 1 in rows, impact 1 to 5 in
    /// columns. Every cell shows its band as a colour and a letter (H, M, L), so the map
    /// reads in black and white too, and lists the open assessed risks in it.
    private func heatMap(_ map: RiskHeatMapChart) -> String {
        var table = MarkdownTable([MarkdownTable.Column("Likelihood ↓ · Impact →")]
                                  + (1...5).map { MarkdownTable.Column("\($0)", .centre) })
        for row in map.rows {
            let cells = row.map { cell -> String in
                let key = Self.key(cell.band)
                let ids = cell.riskIDs.map { MarkdownText.inline($0) }
                return ids.isEmpty ? key : "\(key): **\(ids.joined(separator: ", "))**"
            }
            table.add(["**\(row.first?.likelihood ?? 0)**"] + cells)
        }
        let legend = "\(Self.key(.high)) high (score \(map.highFrom) or more) · \(Self.key(.medium)) medium "
            + "(\(map.mediumFrom) to \(map.highFrom - 1)) · \(Self.key(.low)) low (below \(map.mediumFrom)). "
            + "Score = likelihood × impact. Open risks only; risks not yet assessed are not placed."
        return table.render() + "\n" + legend + "\n"
    }

    static func key(_ band: RiskBand) -> String {
        "\(Formatting.symbol(Formatting.tone(band))) \(band.letter)"
    }
}

extension RiskBand {
    /// `H`, `M`, `L`: the band in a heat-map cell, so it reads without colour.
    var letter: String {
        switch self {
        case .high: "H"
        case .medium: "M"
        case .low: "L"
        }
    }
}

/// Lines over categories as a Mermaid `xychart-beta` (the burn-up of `--history`).
struct MermaidLineChart {
    let chart: LineChart

    func render() -> String {
        let labels = chart.categories.map { "\"\(HistorySection.mermaidText($0))\"" }.joined(separator: ", ")
        var lines = [
            "```mermaid",
            "xychart-beta",
            "    title \"\(HistorySection.mermaidText(chart.title))\"",
            "    x-axis \"\(HistorySection.mermaidText(chart.categoryTitle))\" [\(labels)]",
        ]
        switch chart.values {
        case .percent:
            lines.append("    y-axis \"\(HistorySection.mermaidText(chart.axisTitle))\" 0 --> 100")
        case .money:
            let values = chart.series.flatMap { $0.values.compactMap { $0 } }
            let bottom = -MermaidBenefitChart.niceCeiling(-(values.min() ?? 0))
            let top = max(MermaidBenefitChart.niceCeiling(values.max() ?? 0), bottom + 1)
            lines.append("    y-axis \"\(HistorySection.mermaidText(chart.axisTitle))\" "
                         + "\(MermaidBenefitChart.number(bottom)) --> \(MermaidBenefitChart.number(top))")
        }
        for series in chart.series {
            // Mermaid cannot break a line, so a missing value is drawn at 0.
            lines.append("    line [\(series.values.map { oneDecimal($0 ?? 0) }.joined(separator: ", "))]")
        }
        lines.append("```")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A line over periods (cumulative net benefit): categories as written, the axis from a
    /// round figure below the lowest value to one above the highest, and each series named.
    func renderOverPeriods() -> String {
        let values = chart.series.flatMap { $0.values.compactMap { $0 } }
        let bottom = -MermaidBenefitChart.niceCeiling(-(values.min() ?? 0))
        let top = max(MermaidBenefitChart.niceCeiling(values.max() ?? 0), bottom + 1)
        var lines = [
            "```mermaid",
            "xychart-beta",
            "    title \"\(MermaidText.label(chart.title))\"",
            "    x-axis [\(chart.categories.map { "\"\(MermaidText.label($0))\"" }.joined(separator: ", "))]",
            "    y-axis \"\(MermaidText.label(chart.axisTitle))\" \(MermaidBenefitChart.number(bottom)) --> "
                + MermaidBenefitChart.number(top),
        ]
        for series in chart.series {
            // Mermaid cannot break a line, so a missing value is drawn at 0.
            let numbers = series.values.map { MermaidBenefitChart.number($0 ?? 0) }.joined(separator: ", ")
            lines.append("    line \"\(MermaidText.label(series.name))\" [\(numbers)]")
        }
        lines.append("```")
        return lines.joined(separator: "\n") + "\n"
    }
}
