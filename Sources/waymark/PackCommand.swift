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

    func run() throws {
        let result = input.check()
        if result.hasErrors {
            print(CheckFormat.text.render(result), terminator: "")
        }
        do {
            let files = try StatusPack.files(for: result)
            let written = try PackWriter(folder: out, protecting: result.files.map(\.path)).write(files)
            for path in written {
                print("wrote \(path)")
            }
        } catch {
            printError("waymark pack: \(error)\n")
            throw ExitCode(2)
        }
    }
}
