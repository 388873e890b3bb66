import ArgumentParser
import WaymarkKit

extension HistoryFormat: ExpressibleByArgument {}

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show one programme's figures at every commit that changed its file.",
        discussion: """
            For each commit that touched PATH (following renames), oldest first: percent \
            complete, planned percent, overall RAG, and realised against target to date, each \
            as at that file's own as-of date. Markdown adds a Mermaid burn-up chart. Exit \
            status: 2 if PATH is not one programme file in this repository, or has no commits; \
            else 0.
            """
    )

    @Argument(help: ArgumentHelp("The programme file.", valueName: "path"))
    var path: String

    @Option(help: "Output format: text, json or markdown (a table and a Mermaid burn-up chart).")
    var format: HistoryFormat = .text

    func run() throws {
        do {
            print(format.render(try Waymark.history(of: path)), terminator: "")
        } catch let error as HistoryError {
            printError("error: \(error)\n")
            throw ExitCode(2)
        }
    }
}
