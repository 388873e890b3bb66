import ArgumentParser
import WaymarkKit

extension CheckFormat: ExpressibleByArgument {}

/// What makes `check` exit 1 (SPEC 4).
enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case error, overdue, warning

    func isReached(by diagnostic: Diagnostic) -> Bool {
        switch self {
        case .error: diagnostic.severity == .error
        case .overdue: diagnostic.code == .overdue
        case .warning: diagnostic.severity >= .warning
        }
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check programme files and list what needs attention.",
        discussion: """
            Every mistake is reported as FILE:LINE:COL with a plain explanation, then what \
            needs attention: overdue, slipped and blocked milestones, benefits behind target, \
            risks past review. Exit status: 2 if any error (or bad usage), else 1 if anything \
            reaches --fail-on, else 0.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: """
        Output format: text (for people), json (for other tools), github (annotations on the \
        YAML lines in GitHub Actions) or junit (a test report for GitLab CI, Jenkins and others).
        """)
    var format: CheckFormat = .text

    @Option(name: .customLong("fail-on"),
            help: "Exit 1 when a diagnostic reaches this level: error, overdue (a milestone is overdue) or warning.")
    var failOn: FailOn = .error

    func run() throws {
        let result = input.check()
        format.write(result) { print($0, terminator: "") }
        if result.hasErrors { throw ExitCode(2) }
        if result.diagnostics.contains(where: failOn.isReached) { throw ExitCode(1) }
    }
}
