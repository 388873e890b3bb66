import Foundation
import Plot

/// Small pieces every SVG chart of the HTML pack uses: coordinates written the same way
/// on every machine, text with a rough width, and the hatch patterns that mark overdue
/// and missing values without relying on colour.
enum SVG {
    /// A coordinate with at most one decimal place, never in exponent form.
    static func n(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let text = String(format: "%.1f", value)
        let trimmed = text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        return trimmed == "-0" ? "0" : trimmed
    }

    /// The chart element: scales to the page width, with a title a screen reader reads.
    static func svg(width: Double, height: Double, label: String, _ children: [H.Content]) -> H.Content {
        H.el("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(n(width)) \(n(height))"),
                     ("width", "100%"), ("role", "img"), ("aria-label", label), ("class", "chart"),
                     ("font-family", "DejaVu Sans, Liberation Sans, Arial, sans-serif"), ("font-size", "11")],
             ([H.el("title", [], [H.text(label)]), patterns] + children).flatMap { [H.newline, $0] } + [H.newline])
    }

    static func text(_ x: Double, _ y: Double, _ content: String, anchor: String = "start", size: Double? = nil,
                     weight: String? = nil, fill: String = "#1a1a1a", extra: [(String, String)] = []) -> H.Content {
        var attributes = [("x", n(x)), ("y", n(y)), ("text-anchor", anchor), ("fill", fill)]
        if let size { attributes.append(("font-size", n(size))) }
        if let weight { attributes.append(("font-weight", weight)) }
        return H.el("text", attributes + extra, [H.text(content)])
    }

    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1,
                     dash: String? = nil) -> H.Content {
        var attributes = [("x1", n(x1)), ("y1", n(y1)), ("x2", n(x2)), ("y2", n(y2)), ("stroke", stroke),
                          ("stroke-width", n(width))]
        if let dash { attributes.append(("stroke-dasharray", dash)) }
        return H.el("line", attributes)
    }

    static func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, fill: String,
                     stroke: String? = nil, extra: [(String, String)] = []) -> H.Content {
        var attributes = [("x", n(x)), ("y", n(y)), ("width", n(max(width, 0))), ("height", n(max(height, 0))),
                          ("fill", fill)]
        if let stroke { attributes += [("stroke", stroke), ("stroke-width", "1")] }
        return H.el("rect", attributes + extra)
    }

    /// A diamond centred on (x, y): a milestone's date.
    static func diamond(_ x: Double, _ y: Double, size: Double, fill: String, stroke: String) -> H.Content {
        let points = [(x, y - size), (x + size, y), (x, y + size), (x - size, y)]
            .map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
        return H.el("polygon", [("points", points), ("fill", fill), ("stroke", stroke), ("stroke-width", "1.2")])
    }

    /// Roughly how wide text is at a font size (DejaVu Sans averages about 0.58 em).
    static func width(_ text: String, size: Double = 11) -> Double {
        Double(text.count) * size * 0.58
    }

    /// Text cut to fit a width, ending with `…` when cut.
    static func fit(_ text: String, width: Double, size: Double = 11) -> String {
        let most = max(Int(width / (size * 0.58)), 2)
        guard text.count > most else { return text }
        return String(text.prefix(most - 1)).trimmingTrailingSpaces() + "…"
    }

    /// Text broken into at most `lines` lines that fit a width, the last cut with `…`.
    static func wrap(_ text: String, width: Double, lines: Int, size: Double = 11) -> [String] {
        let most = max(Int(width / (size * 0.58)), 4)
        var result: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if candidate.count <= most || current.isEmpty {
                current = candidate
            } else {
                result.append(current)
                current = word
            }
        }
        if !current.isEmpty { result.append(current) }
        if result.count > lines {
            let kept = Array(result.prefix(lines - 1))
            let rest = result.dropFirst(lines - 1).joined(separator: " ")
            return kept + [fit(rest, width: width, size: size)]
        }
        return result.map { fit($0, width: width, size: size) }
    }

    /// Hatching: diagonal lines for overdue, so it shows in black and white too.
    static var patterns: H.Content { H.el("defs", [], [
        H.el("pattern", [("id", "hatch-overdue"), ("patternUnits", "userSpaceOnUse"), ("width", "6"), ("height", "6"),
                         ("patternTransform", "rotate(45)")], [
            rect(0, 0, 6, 6, fill: "#f6d5d5"),
            line(0, 0, 0, 6, stroke: "#b3261e", width: 2.5),
        ]),
    ]) }

    // Colours chosen to stay apart in greyscale as well as in colour.
    static let red = "#b3261e"
    static let amber = "#c77700"
    static let green = "#2e7d32"
    static let grey = "#6b6b6b"
    static let blue = "#1f5fa8"
    static let lightBlue = "#b9d0ea"
    static let axis = "#9a9a9a"
    static let gridLine = "#e2e2e2"
}
