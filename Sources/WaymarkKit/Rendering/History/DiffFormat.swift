/// The output formats of `waymark diff`.
public enum DiffFormat: String, Sendable, CaseIterable {
    case text, json, markdown

    /// Renders a diff in this format.
    public func render(_ diff: PortfolioDiff) -> String {
        switch self {
        case .text: TextDiffRenderer().render(diff)
        case .json: JSONDiffRenderer().render(diff)
        case .markdown: MarkdownDiffRenderer().render(diff)
        }
    }
}
