/// The HTML pack's style sheet, inline in every page: readable on a screen, and printed
/// on A4 with margins, a running title and page numbers, sections that start a page
/// where a long table or a chart reads best whole, table headers repeated on every page,
/// and long text that wraps rather than running off the right edge. Only fonts every
/// machine has are named; nothing is fetched.
enum PackStyle {
    static func css(runningTitle: String) -> String {
        """

        @page {
          size: A4;
          margin: 18mm 14mm 18mm 14mm;
          @top-left { content: \(HTMLText.cssString(runningTitle)); font: 8pt "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #555; }
          @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #555; }
          @bottom-left { content: "Made by Waymark from the programme file"; font: 8pt "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #777; }
        }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4;
          color: #1a1a1a; max-width: 190mm; margin: 0 auto; padding: 8mm 6mm; overflow-wrap: anywhere; }
        h1 { font-size: 19pt; margin: 0 0 4pt; }
        h2 { font-size: 14pt; margin: 16pt 0 6pt; border-bottom: 1.5pt solid #1f5fa8; padding-bottom: 2pt; }
        h3 { font-size: 11.5pt; margin: 12pt 0 4pt; }
        h2, h3 { break-after: avoid; page-break-after: avoid; }
        p, li { orphans: 2; widows: 2; }
        a { color: #1f5fa8; }
        code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 0.92em; }
        table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt; font-size: 9pt; table-layout: auto; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 0.75pt solid #c8c8c8; padding: 3pt 4pt; text-align: left; vertical-align: top;
          overflow-wrap: break-word; word-break: normal; }
        td.file-text { overflow-wrap: anywhere; }
        th { background: #eef2f7; font-weight: bold; overflow-wrap: normal; hyphens: manual; }
        td:first-child { min-width: 30mm; }
        td.num, th.num { text-align: right; }
        td.centre, th.centre { text-align: center; }
        .fig { white-space: nowrap; }
        time { white-space: nowrap; }
        .badge { display: inline-block; padding: 0 5pt; border-radius: 7pt; font-weight: bold; font-size: 0.92em;
          white-space: nowrap; border: 0.75pt solid transparent; line-height: 1.35; }
        .tone-red { background: #b3261e; color: #ffffff; }
        .tone-amber { background: #f2b33d; color: #1a1a1a; }
        .tone-green { background: #2e7d32; color: #ffffff; }
        .tone-grey { background: #ffffff; color: #444444; border-color: #888888; border-style: dashed; }
        .tone-done { background: #e6e6e6; color: #1a1a1a; border-color: #9a9a9a; }
        .tone-cancelled { background: #ffffff; color: #555555; border-color: #9a9a9a; text-decoration: line-through; }
        .tone-waiting { background: #ffffff; color: #1a1a1a; border-color: #1f5fa8; }
        .badge.split.tone-green.tone-amber { background: linear-gradient(90deg, #2e7d32 50%, #f2b33d 50%); color: #1a1a1a;
          text-shadow: 0 0 2pt #ffffff; }
        .badge.split.tone-amber.tone-red { background: linear-gradient(90deg, #f2b33d 50%, #b3261e 50%); color: #1a1a1a;
          text-shadow: 0 0 2pt #ffffff; }
        .warn { color: #b3261e; font-weight: bold; }
        .callout { border-left: 3pt solid #b3261e; background: #fbeaea; padding: 4pt 8pt; }
        figure.chart-figure { margin: 6pt 0 10pt; break-inside: avoid; page-break-inside: avoid; }
        svg.chart { display: block; max-width: 100%; height: auto; }
        hr { border: 0; border-top: 0.75pt solid #c8c8c8; margin: 14pt 0 6pt; }
        .pack-nav { font-size: 9pt; margin-bottom: 6pt; }
        .section-footer { font-size: 8.5pt; color: #444; }
        @media print {
          body { max-width: none; padding: 0; }
          .pack-nav { display: none; }
          .new-page { break-before: page; page-break-before: always; }
          a { color: inherit; text-decoration: none; }
        }

        """
    }
}
