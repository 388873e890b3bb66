import ArgumentParser
import Foundation
import WaymarkKit

/// `waymark`: the root command. It only parses arguments, calls WaymarkKit and prints.
@main
struct WaymarkCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "waymark",
        abstract: "Check programme files and write status packs for a steering group.",
        discussion: """
            Each programme is a YAML file kept in git: milestones, benefits, risks and \
            dependencies. With no PATH, commands read the programmes/ folder.
            """,
        version: version,
        subcommands: [CheckCommand.self, PackCommand.self, DiffCommand.self, HistoryCommand.self]
    )

    /// Runs the command. Bad usage exits 2 (SPEC 4), not swift-argument-parser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
