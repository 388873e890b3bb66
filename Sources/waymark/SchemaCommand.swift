import ArgumentParser
import WaymarkKit

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of programme files, so an editor can check them as you type.",
        discussion: """
            Save it at the top of the repository that holds your programmes:

              waymark schema > waymark.schema.json

            then start each programme file with this line (the path is relative to the file):

              # yaml-language-server: $schema=../waymark.schema.json

            VS Code's YAML extension (and other editors using the YAML language server) then \
            underlines mistakes and suggests keys with a description of each. The schema \
            catches most mistakes; `waymark check` catches them all.
            """
    )

    func run() throws {
        print(ProgrammeSchema.text, terminator: "")
    }
}
