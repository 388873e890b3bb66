import Plot

/// Writes a `PackDocument` as one self-contained HTML page that prints to A4: CSS inline,
/// charts as inline SVG, no JavaScript and nothing fetched, so it opens the same from a
/// USB stick or an email attachment. RAG is a coloured badge with its word.
public struct HTMLPackRenderer {
    public init() {}

    public func render(_ document: PackDocument) -> String {
        let page = HTML(
            .attribute(named: "lang", value: "en-GB"),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .meta(.name("generator"), .content("Waymark")),
                .element(named: "title", nodes: [.raw(HTMLText.escape(document.title))]),
                .style(PackStyle.css(runningTitle: document.title))
            ),
            .body(.component(Plot.Node<HTML.BodyContext>.group(body(document))))
        )
        // Plot writes `<!DOCTYPE html>` and the document; one newline ends the file.
        return page.render() + "\n"
    }

    private func body(_ document: PackDocument) -> [H.Content] {
        var out: [H.Content] = [H.newline]
        switch document.kind {
        case .programme:
            out.append(H.el("nav", [("class", "pack-nav")], [
                H.el("a", [("href", Self.fileName(.portfolio))], [H.text("← Portfolio summary")]),
            ]))
            out.append(H.newline)
        case .portfolio:
            break
        }
        for section in document.sections {
            var classes = ["pack-section", "section-\(section.id.rawValue)"]
            if section.startsPage { classes.append("new-page") }
            out.append(H.el("section", [("id", section.id.rawValue), ("class", classes.joined(separator: " "))],
                            [H.newline] + section.blocks.flatMap { [render($0), H.newline] }))
            out.append(H.newline)
        }
        return out
    }

    /// `riverside.html`, `index.html`.
    static func fileName(_ link: PackLink) -> String {
        switch link {
        case let .programme(id): "\(id).html"
        case .portfolio: StatusPack.htmlSummaryName
        }
    }

    // MARK: - Blocks

    func render(_ block: PackBlock) -> H.Content {
        switch block {
        case let .heading(level, text):
            return H.el("h\(min(max(level, 1), 4))", [], inline(text))
        case let .paragraph(text):
            return H.el("p", [], inline(text))
        case let .callout(text):
            return H.el("p", [("class", "callout")], inline(text))
        case let .bullets(items):
            return H.el("ul", [], items.flatMap { [H.newline, H.el("li", [], inline($0))] } + [H.newline])
        case let .table(table):
            return render(table)
        case let .chart(chart):
            // A tall chart comes in parts, each a figure that prints whole on its page.
            return .group(render(chart).map { H.el("figure", [("class", "chart-figure")], [$0]) })
        case .rule:
            return H.el("hr")
        }
    }

    private func render(_ table: PackTable) -> H.Content {
        let alignments = table.columns.map(\.alignment)
        func cellClass(_ index: Int) -> [(String, String)] {
            switch alignments[index] {
            case .left: []
            case .right: [("class", "num")]
            case .centre: [("class", "centre")]
            }
        }
        let head = H.el("thead", [], [H.el("tr", [], table.columns.enumerated().map { index, column in
            H.el("th", [("scope", "col")] + cellClass(index), inline(column.title))
        })])
        let rows = table.rows.map { row in
            H.el("tr", [], row.enumerated().map { index, cell in
                // Text from a file may be one long word: only such a cell may break anywhere,
                // so Waymark's own words and figures never break mid-word.
                var attributes = cellClass(index)
                if Self.holdsFileText(cell) {
                    attributes = [("class", (attributes.first.map { $0.1 + " " } ?? "") + "file-text")]
                }
                return H.el("td", attributes, inline(cell.isEmpty ? table.emptyCell : cell))
            })
        }
        return H.el("table", [], [H.newline, head, H.newline, H.el("tbody", [], rows.flatMap { [H.newline, $0] } + [H.newline]),
                                  H.newline])
    }

    private func render(_ chart: PackChart) -> [H.Content] {
        switch chart {
        case let .gantt(gantt): SVGGantt(chart: gantt).render()
        case let .targetAgainstActual(bars): [SVGBarLineChart(chart: bars).render()]
        case let .heatMap(map): [SVGHeatMap(chart: map).render()]
        case let .burnUp(line), let .line(line): [SVGLineChart(chart: line).render()]
        }
    }

    static func holdsFileText(_ text: PackText) -> Bool {
        text.spans.contains { span in
            switch span {
            case .text, .code: true
            case let .strong(inner), let .emphasis(inner), let .link(inner, _): holdsFileText(inner)
            default: false
            }
        }
    }

    // MARK: - Text

    func inline(_ text: PackText) -> [H.Content] {
        text.spans.map(render)
    }

    private func render(_ span: PackSpan) -> H.Content {
        switch span {
        case let .words(words): return H.text(words)
        case let .text(text): return H.text(PlainText.oneLine(text))
        case let .code(code): return H.el("code", [], [H.text(PlainText.oneLine(code))])
        case let .strong(text): return H.el("strong", [], inline(text))
        case let .emphasis(text): return H.el("em", [], inline(text))
        case let .link(text, link): return H.el("a", [("href", Self.fileName(link))], inline(text))
        case let .date(day): return H.el("time", [("datetime", day.description)], [H.text(Formatting.date(day))])
        case let .period(period): return figure(Formatting.period(period))
        case let .money(value, currency): return figure(Formatting.money(value, currency: currency))
        case let .amount(value, unit, currency):
            return figure(Formatting(currency: currency).amount(value, unit: PlainText.oneLine(unit)))
        case let .percent(value): return figure(Formatting.percent(value))
        case let .ratio(value): return figure(Formatting.ratio(value))
        case let .count(value, singular, plural): return figure(Formatting.count(value, singular, plural))
        case let .number(value): return figure(Formatting.number(value))
        case let .rag(rag): return badge(Formatting.tone(rag), Formatting.ragWord(rag))
        case let .ragPart(part):
            guard part.rag == nil, let reason = part.notRated else { return render(.rag(part.rag)) }
            return .group([badge(.grey, Formatting.ragWord(nil)), H.text(" (\(reason.phrase))")])
        case let .confidence(confidence):
            let tones = Formatting.tones(confidence)
            return H.el("span", [("class", "badge " + tones.map { "tone-\($0.rawValue)" }.joined(separator: " ")
                                   + (tones.count > 1 ? " split" : ""))],
                        [H.text(Formatting.confidenceWord(confidence))])
        case let .band(band): return badge(Formatting.tone(band), Formatting.bandWord(band))
        case let .badge(tone, word): return badge(tone, word)
        case .warning: return H.el("span", [("class", "warn"), ("aria-label", "warning")], [H.text("⚠")])
        }
    }

    /// A figure that never breaks across lines.
    private func figure(_ text: String) -> H.Content {
        H.el("span", [("class", "fig")], [H.text(text)])
    }

    private func badge(_ tone: PackTone, _ word: String) -> H.Content {
        H.el("span", [("class", "badge tone-\(tone.rawValue)")], [H.text(word)])
    }
}
