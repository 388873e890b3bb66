import ArgumentParser
import WaymarkKit

struct PackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Write a Markdown status pack for each programme and a portfolio summary."
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        printError("waymark pack is not built yet\n")
        throw ExitCode(2)
    }
}
