import ArgumentParser
import Foundation
import WaymarkKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter programme file to fill in.",
        discussion: """
            The starter file is a small example programme with a comment on each part, dated \
            from today, to overwrite with your own. It passes `waymark check` as written. An \
            existing file is never overwritten.

            Example: waymark init --id family-hubs --name "Family Hubs"
            """
    )

    @Option(help: ArgumentHelp(
        "The programme's short id: lower-case letters, digits and '-' (default: the file's name, else new-programme).",
        valueName: "id"))
    var id: String?

    @Option(help: ArgumentHelp("The programme's name, as the steering group knows it (default: made from the id).",
                               valueName: "name"))
    var name: String?

    @Argument(help: ArgumentHelp("Where to write the file (default: programmes/<id>.yaml).", valueName: "file"),
              completion: .file(extensions: ["yaml", "yml"]))
    var file: String?

    /// The id: `--id`, else the file's name without `.yaml`, else `new-programme`.
    private var programmeID: String {
        if let id { return id }
        if let file {
            let base = (file as NSString).lastPathComponent
            return String(base.prefix { $0 != "." })
        }
        return "new-programme"
    }

    private var path: String { file ?? "programmes/\(programmeID).yaml" }

    func validate() throws {
        if let problem = StarterProgramme.problem(withID: programmeID) {
            throw ValidationError(id == nil ? "\(problem); give the id with --id" : problem)
        }
        if let name, name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--name cannot be empty")
        }
        if !(path.hasSuffix(".yaml") || path.hasSuffix(".yml")) {
            throw ValidationError("'\(path)' should end in .yaml or .yml, so that `waymark check` finds it in its folder")
        }
    }

    func run() throws {
        let path = self.path
        let manager = FileManager.default
        if manager.fileExists(atPath: path) {
            printError("waymark init: \(path) already exists, and init never overwrites a file; give another FILE or --id\n")
            throw ExitCode(2)
        }
        let text = StarterProgramme.text(id: programmeID, name: name ?? StarterProgramme.defaultName(forID: programmeID),
                                         today: InputOptions.today)
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            // Written only if the file still does not exist, so a file that appears meanwhile is kept.
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            printError("waymark init: could not write \(path): \(error.localizedDescription)\n")
            throw ExitCode(2)
        }
        print("Wrote \(path), a starter programme to fill in. Check it with: waymark check \(path)")
    }
}
