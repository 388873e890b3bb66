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
}
