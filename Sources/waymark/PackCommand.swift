import ArgumentParser
import WaymarkKit

extension PackFormat: ExpressibleByArgument {}

struct PackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Write a status pack for each programme and a portfolio summary, in Markdown or HTML.",
        discussion: """
            Writes OUT/<programme-id>.md for each programme and OUT/README.md, the portfolio \
            summary linking them, for a steering group to read on a git host or on paper. \
            With --format html, writes OUT/<programme-id>.html and OUT/index.html instead: \
            self-contained pages (no scripts, nothing fetched) that print to A4, for email \
            and board papers. \
            If any input has an error, the errors are listed and nothing is written (exit 2). \
            Each file is written whole and then renamed into place, so an interrupted run \
            leaves the previous pack as it was.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("The folder to write the packs to; created if missing.", valueName: "dir"))
    var out: String = "packs"

    @Option(help: "markdown (for a git host) or html (self-contained pages that print to A4).")
    var format: PackFormat = .markdown

    @Option(help: ArgumentHelp(
        "Add a \"Changes since\" section and trend arrows, comparing with this git revision (say, the last board's tag).",
        valueName: "rev"))
    var since: String?

    @Flag(help: "Add each programme's progress at every commit that changed its file, with a burn-up chart.")
    var history = false

    func run() throws {
        do {
            let run = try Waymark.pack(paths: input.resolvedPaths, asOf: input.asOf, today: InputOptions.today,
                                       since: since, withHistory: history)
            if run.result.hasErrors {
                print(CheckFormat.text.render(run.result), terminator: "")
            }
            let files = try run.files(format: format)
            let written = try PackWriter(folder: out, protecting: run.result.files.map(\.path)).write(files)
            for path in written {
                print("wrote \(path)")
            }
        } catch {
            printError("waymark pack: \(error)\n")
            throw ExitCode(2)
        }
    }
}
