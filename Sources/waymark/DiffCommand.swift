import ArgumentParser
import WaymarkKit

extension DiffFormat: ExpressibleByArgument {}

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what has moved in each programme since a git revision.",
        discussion: """
            Compares each programme as it stood at REV (read from git, so any clone with that \
            commit works) with the working tree: milestones completed, added, removed or \
            cancelled; forecasts moved; newly slipped or overdue milestones; progress; benefits \
            whose targets or actuals changed; risks opened, closed or re-scored; dependencies \
            met or newly overdue; RAG changes. Programmes are matched by programme.id, so a \
            renamed file is followed. Each side is as at its own as-of date; --as-of applies \
            to the working tree. Exit status: 2 if REV is not in the repository (a shallow \
            clone needs fetch-depth: 0), a path is outside it, or any file at either side has \
            an error; else 0.
            """
    )

    @Argument(help: ArgumentHelp("The revision to compare with: a tag (board-2024-06), branch or commit.",
                                 valueName: "rev"))
    var revision: String

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text, json or markdown.")
    var format: DiffFormat = .text

    func run() throws {
        let diff: PortfolioDiff
        do {
            diff = try Waymark.diff(since: revision, paths: input.resolvedPaths, asOf: input.asOf,
                                    today: InputOptions.today)
        } catch let error as HistoryError {
            printError("error: \(error)\n")
            throw ExitCode(2)
        }
        if diff.hasErrors {
            for d in diff.errors {
                printError("\(d.location): error: \(d.message) [\(d.code.rawValue)]\n")
            }
            let errors = { (snapshot: ProgrammeSnapshot) -> String? in
                let count = snapshot.result.diagnostics.filter { $0.severity == .error }.count
                return count == 0 ? nil : count == 1 ? "1 error" : "\(count) errors"
            }
            var sides: [String] = []
            if let then = errors(diff.then) { sides.append("the files at \(revision) have \(then)") }
            if let now = errors(diff.now) { sides.append("the working tree has \(now)") }
            printError("error: cannot compare: \(sides.joined(separator: " and ")); a diff of wrong figures would mislead\n")
            throw ExitCode(2)
        }
        print(format.render(diff), terminator: "")
    }
}
