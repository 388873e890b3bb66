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
            Each programme is a YAML file kept in git: its milestones, benefits, risks and \
            dependencies. With no PATH, commands read the programmes/ folder.

            Getting started:
              waymark init      write a starter programme file to fill in
              waymark check     check the files and list what needs attention
              waymark pack      write the steering group's status packs to packs/
              waymark diff REV  what has moved since a git revision (the last board's tag)
              waymark history   one programme's progress at each commit that changed it
              waymark schema    a schema, so that an editor checks files as you type

            Exit status:
              0  all is well
              1  check found something that reaches --fail-on (say, an overdue milestone)
              2  a file has errors (or could not be read), or the command was mistyped

            Run `waymark help <subcommand>` for the options of each.
            """,
        version: version,
        subcommands: [CheckCommand.self, PackCommand.self, DiffCommand.self, HistoryCommand.self,
                      InitCommand.self, SchemaCommand.self]
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
