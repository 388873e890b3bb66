import Foundation
import Testing
import WaymarkKit
import WaymarkTestSupport
@testable import waymark

/// The built `waymark` binary: version, help and shell completion.
struct CommandLineTests {
    @Test func versionIsPrinted() throws {
        let result = try WaymarkBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == WaymarkCommand.version + "\n")
    }

    /// Today is worked out from Unix time without a calendar: it must be the day a
    /// Gregorian calendar in UTC gives (read before and after, in case midnight passes).
    @Test func todayIsTheDayInUTC() {
        func calendarToday() -> Day {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let parts = calendar.dateComponents([.year, .month, .day], from: Date())
            return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
        }
        let before = calendarToday()
        let today = InputOptions.today
        let after = calendarToday()
        #expect(today == before || today == after)
    }

    @Test func rootHelpListsTheCommandsAndExitCodes() throws {
        let result = try WaymarkBinary.run(["--help"])
        #expect(result.status == 0)
        for command in ["init", "check", "pack", "schema"] {
            #expect(result.stdout.contains("  waymark \(command) "), "getting started does not show \(command)")
            #expect(result.stdout.contains("\n  \(command) "), "SUBCOMMANDS does not list \(command)")
        }
        #expect(result.stdout.contains("Exit status:"))
        for code in ["0", "1", "2"] { #expect(result.stdout.contains("\n  \(code)  ")) }
    }

    /// Every command and every option says, in words, what it is for.
    @Test func everyCommandAndOptionIsExplained() throws {
        let result = try WaymarkBinary.run(["--experimental-dump-help"])
        let tool = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        var unexplained: [String] = []
        func visit(_ command: [String: Any], path: String) {
            let name = command["commandName"] as? String ?? "?"
            // swift-argument-parser's own `help` command.
            guard name != "help" else { return }
            if (command["abstract"] as? String ?? "").isEmpty { unexplained.append("\(path) \(name)") }
            for argument in command["arguments"] as? [[String: Any]] ?? [] where argument["shouldDisplay"] as? Bool != false {
                let label = (argument["valueName"] as? String) ?? "\(argument["names"] ?? "?")"
                if (argument["abstract"] as? String ?? "").count < 10 { unexplained.append("\(path) \(name) \(label)") }
            }
            for subcommand in command["subcommands"] as? [[String: Any]] ?? [] {
                visit(subcommand, path: "\(path) \(name)")
            }
        }
        visit(try #require(tool["command"] as? [String: Any]), path: "")
        #expect(unexplained.isEmpty, "no help text: \(unexplained)")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptCoversTheCommands(shell: String) throws {
        let result = try WaymarkBinary.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.stderr)")
        for word in ["check", "init", "schema", "fail-on"] {
            #expect(result.stdout.contains(word), "the \(shell) script does not mention \(word)")
        }
    }

    @Test func checkFormatJUnitIsOffered() throws {
        let result = try WaymarkBinary.run(["check", "--help"])
        #expect(result.stdout.contains("junit"))
    }

    @Test func schemaCommandPrintsTheSchema() throws {
        let result = try WaymarkBinary.run(["schema"])
        #expect(result.status == 0)
        #expect(result.stdout == ProgrammeSchema.text)
    }
}
