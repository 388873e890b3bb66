/// GitHub Actions workflow commands, so a pull request shows each diagnostic as an
/// annotation on its YAML line.
struct GitHubCheckRenderer {
    func render(_ result: CheckResult) -> String {
        var lines = result.diagnostics.map { d in
            let command = switch d.severity {
            case .error: "error"
            case .warning: "warning"
            case .info: "notice"
            }
            var properties = ["file=\(escapeProperty(d.location.file))"]
            if let line = d.location.line { properties.append("line=\(line)") }
            if let column = d.location.column { properties.append("col=\(column)") }
            properties.append("title=\(escapeProperty(d.code.rawValue))")
            return "::\(command) \(properties.joined(separator: ","))::\(escapeData(d.message))"
        }
        // The summary lines are ordinary log output.
        lines += TextCheckRenderer().summaries(result)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Escaping as GitHub's toolkit does for a command's message.
    private func escapeData(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    /// Escaping for a property value, which also may not hold ':' or ','.
    private func escapeProperty(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }
}

extension String {
    /// Replaces each character that is a key of `table`, in one pass.
    func replacingAll(_ table: [Character: String]) -> String {
        var out = ""
        out.reserveCapacity(count)
        for c in self {
            if let replacement = table[c] { out += replacement } else { out.append(c) }
        }
        return out
    }
}
