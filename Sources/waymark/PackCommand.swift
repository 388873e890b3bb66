import ArgumentParser
import WaymarkKit

struct PackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Write a Markdown status pack for each programme and a portfolio summary.",
        discussion: """
            Writes OUT/<programme-id>.md for each programme and OUT/README.md, the portfolio \
            summary linking them, for a steering group to read on a git host or on paper. \
            If any input has an error, the errors are listed and nothing is written (exit 2). \
            Each file is written whole and then renamed into place, so an interrupted run \
            leaves the previous pack as it was.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("The folder to write the packs to; created if missing.", valueName: "dir"))
    var out: String = "packs"

    @Option(help: ArgumentHelp(
        "Add a \"Changes since\" section and trend arrows, comparing with this git revision (say, the last board's tag).",
        valueName: "rev"))
    var since: String?

    @Flag(help: "Add each programme's progress at every commit that changed its file, with a burn-up chart.")
    var history = false

    func run() throws {
        do {
            var extras = PackHistory()
            let result: CheckResult
            if let since {
                // The comparison reads the working tree too; its result is the pack's.
                let diff = try Waymark.diff(since: since, paths: input.resolvedPaths, asOf: input.asOf,
                                            today: InputOptions.today)
                extras.changes = ChangesSection(diff)
                result = diff.now.result
                if !diff.then.result.diagnostics.filter({ $0.severity == .error }).isEmpty {
                    printError("waymark pack: the files at \(since) have errors, so changes since then cannot be shown; run `waymark diff \(since)`\n")
                    throw ExitCode(2)
                }
            } else {
                result = input.check()
            }
            if result.hasErrors {
                print(CheckFormat.text.render(result), terminator: "")
            }
            if history, !result.hasErrors {
                for report in result.reports {
                    extras.histories[report.programme.id] = try Waymark.history(of: report.programme.file)
                }
            }
            let files = try StatusPack.files(for: result, history: extras)
            let written = try PackWriter(folder: out, protecting: result.files.map(\.path)).write(files)
            for path in written {
                print("wrote \(path)")
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            printError("waymark pack: \(error)\n")
            throw ExitCode(2)
        }
    }
}
