/// The output formats of `waymark check`.
public enum CheckFormat: String, Sendable, CaseIterable {
    case text, json, github, junit

    /// Renders a check result in this format.
    public func render(_ result: CheckResult) -> String {
        switch self {
        case .text: TextCheckRenderer().render(result)
        case .json: JSONCheckRenderer().render(result)
        case .github: GitHubCheckRenderer().render(result)
        case .junit: JUnitCheckRenderer().render(result)
        }
    }

    /// Renders a check result, handing the text to `output` in pieces where the
    /// format allows (JSON, which for a large programme is larger than its YAML).
    public func write(_ result: CheckResult, to output: (String) -> Void) {
        switch self {
        case .json: JSONCheckRenderer().write(result, to: output)
        case .text, .github, .junit: output(render(result))
        }
    }
}
