import ArgumentParser
import Foundation
import Testing
@testable import WaymarkKit
import WaymarkTestSupport
@testable import waymark

/// The CI recipes work as written: valid YAML for their CI system, and every command
/// they run is `swift` or `waymark` with subcommands and options that exist.
struct CIRecipeTests {
    static let workflow = ".github/workflows/waymark.yml"
    static let gitlab = ".gitlab-ci.yml"
    static let preCommit = ".pre-commit-hooks.yaml"

    /// A recipe's YAML, every scalar read as text (so `on:` stays a key, not `true`).
    /// Read with Waymark's own YAML reader, which keeps every scalar as text.
    private func load(_ path: String) throws -> Any? {
        let bytes = try Array(Data(contentsOf: repositoryRoot.appendingPathComponent(path)))
        let yaml = YAMLEvents.read(bytes[...], file: path, limits: .standard)
        #expect(yaml.diagnostics.isEmpty, "\(yaml.diagnostics.map(\.description))")
        guard let tree = yaml.tree else { return nil }
        return tree.withRoot { $0.map(plain) }
    }

    private func plain(_ node: Node) -> Any {
        switch node.kind {
        case .mapping: Dictionary(node.pairs.map { ($0.key.string ?? "", plain($0.value)) }, uniquingKeysWith: { first, _ in first })
        case .sequence: node.items.map(plain)
        case .scalar, .alias: node.string ?? ""
        }
    }

    // MARK: - GitHub Actions

    @Test func workflowChecksBuildsAndKeepsThePacks() throws {
        let root = try #require(try load(Self.workflow) as? [String: Any])
        let triggers = try #require(root["on"] as? [String: Any])
        #expect(triggers.keys.contains("push") && triggers.keys.contains("pull_request"))
        let jobs = try #require(root["jobs"] as? [String: Any])
        #expect(!jobs.isEmpty)
        for (name, value) in jobs {
            let job = try #require(value as? [String: Any], "job \(name)")
            #expect((job["container"] as? String)?.hasPrefix("swift:") == true, "job \(name) needs Swift")
            let steps = try #require(job["steps"] as? [[String: Any]], "job \(name) has no steps")
            var commands: [ShellCommand] = []
            var ids: Set<String> = []
            for step in steps {
                if let id = step["id"] as? String { ids.insert(id) }
                if let uses = step["uses"] as? String {
                    #expect(uses.range(of: #"^actions/(checkout|cache|upload-artifact)@v[0-9]+$"#, options: .regularExpression) != nil,
                            "unexpected action \(uses)")
                } else {
                    let run = try #require(step["run"] as? String, "a step with neither 'uses' nor 'run'")
                    commands += ShellCommand.parse(run)
                }
                // Conditions name only steps that exist.
                if let condition = step["if"] as? String {
                    for match in condition.matches(of: /steps\.([A-Za-z0-9_-]+)\./) {
                        #expect(ids.contains(String(match.output.1)), "'if' names an unknown step: \(condition)")
                    }
                }
            }
            try expectRunnable(commands)

            let checkout = try #require(steps.first { ($0["uses"] as? String)?.hasPrefix("actions/checkout@") == true })
            #expect((checkout["with"] as? [String: Any])?["fetch-depth"] as? String == "0")
            let check = try #require(commands.compactMap(waymarkArguments).first { $0.first == "check" })
            #expect(check.contains("--format") && check.contains("github"))
            #expect(check.contains("--fail-on") && check.contains("overdue"))
            let pack = try #require(commands.compactMap(waymarkArguments).first { $0.first == "pack" })
            let out = try #require(pack.firstIndex(of: "--out").map { pack[$0 + 1] })
            let upload = try #require(steps.first { ($0["uses"] as? String)?.hasPrefix("actions/upload-artifact@") == true })
            let uploaded = (upload["with"] as? [String: Any])?["path"] as? String
            #expect(uploaded == out || uploaded == out + "/")
        }
    }

    @Test(.requires(tool: "check-jsonschema"))
    func workflowMatchesGitHubsSchema() throws {
        let checker = try Requirements.tool("check-jsonschema")
        let result = try Subprocess.run(checker, ["--builtin-schema", "vendor.github-workflows", Self.workflow],
                                        in: repositoryRoot)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    // MARK: - GitLab CI

    @Test func gitlabJobsCheckWithJUnitAndKeepThePacks() throws {
        let root = try #require(try load(Self.gitlab) as? [String: Any])
        let image = (root["default"] as? [String: Any])?["image"] as? String
        #expect(image?.hasPrefix("swift:") == true)
        let jobs = root.compactMapValues { $0 as? [String: Any] }.filter { $0.value["script"] != nil }
        #expect(jobs.count >= 2)
        var reportWritten = false
        var packsKept = false
        for (name, job) in jobs {
            var commands: [ShellCommand] = []
            for key in ["before_script", "script", "after_script"] {
                for line in job[key] as? [String] ?? [] { commands += ShellCommand.parse(line) }
            }
            try expectRunnable(commands)
            let artifacts = job["artifacts"] as? [String: Any] ?? [:]
            for command in commands {
                guard let arguments = waymarkArguments(command) else { continue }
                if arguments.first == "check", arguments.contains("junit") {
                    let report = (artifacts["reports"] as? [String: Any])?["junit"] as? String
                    #expect(command.stdout != nil && command.stdout == report, "job \(name): the JUnit file is not the report")
                    #expect(artifacts["when"] as? String == "always", "job \(name): keep the report when the check fails")
                    reportWritten = true
                }
                if arguments.first == "pack", let index = arguments.firstIndex(of: "--out") {
                    let paths = artifacts["paths"] as? [String] ?? []
                    let out = arguments[index + 1]
                    #expect(paths.contains(out) || paths.contains(out + "/"), "job \(name): the packs are not kept")
                    packsKept = true
                }
            }
        }
        #expect(reportWritten && packsKept)
    }

    @Test(.requires(tool: "check-jsonschema"))
    func gitlabFileMatchesGitLabsSchema() throws {
        let checker = try Requirements.tool("check-jsonschema")
        let result = try Subprocess.run(checker, ["--builtin-schema", "vendor.gitlab-ci", "--data-transform", "gitlab-ci",
                                                  Self.gitlab], in: repositoryRoot)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    // MARK: - pre-commit

    @Test func preCommitHookRunsWaymarkCheck() throws {
        let hooks = try #require(try load(Self.preCommit) as? [[String: Any]])
        let hook = try #require(hooks.first { $0["id"] as? String == "waymark-check" })
        #expect(hook["language"] as? String == "swift")
        #expect(hook["name"] is String)
        #expect(hook["pass_filenames"] as? String == "false")
        let entry = ShellCommand.parse(try #require(hook["entry"] as? String))
        #expect(entry.count == 1)
        try expectRunnable(entry)
        #expect(entry.first.flatMap(waymarkArguments)?.first == "check")

        // pre-commit builds the package and runs the product named in the entry.
        let manifest = try String(contentsOf: repositoryRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(manifest.contains(#".executable(name: "waymark""#))

        let files = try NSRegularExpression(pattern: try #require(hook["files"] as? String))
        func matches(_ path: String) -> Bool {
            files.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
        }
        #expect(matches("programmes/stepping-stones.yaml") && matches("programmes/family-hubs.yml"))
        #expect(!matches("README.md") && !matches("Sources/waymark/CheckCommand.swift"))
    }

    // MARK: - Commands

    /// The arguments given to `waymark`, when `command` runs it (directly, or through
    /// `swift run`).
    private func waymarkArguments(_ command: ShellCommand) -> [String]? {
        let words = command.words
        if words.first.map({ ($0 as NSString).lastPathComponent }) == "waymark" { return Array(words.dropFirst()) }
        guard words.count > 2, words[0] == "swift", words[1] == "run" else { return nil }
        guard let executable = words.dropFirst(2).firstIndex(where: { !$0.hasPrefix("-") }),
              words[executable] == "waymark" else { return nil }
        return Array(words[(executable + 1)...])
    }

    /// Every command is `swift build`, `swift run … waymark …` or `waymark …`, with
    /// options each tool has, or installs libyaml (which the Swift images lack).
    private func expectRunnable(_ commands: [ShellCommand], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        #expect(!commands.isEmpty, sourceLocation: sourceLocation)
        for command in commands {
            let words = command.words
            if words.first == "swift" {
                try expectSwiftCommand(words, sourceLocation: sourceLocation)
            } else if words.first == "apt-get" {
                let packages = words.dropFirst(2).filter { !$0.hasPrefix("-") }
                let installsLibyaml = words.count > 1 && words[1] == "install" && packages == ["libyaml-dev"]
                #expect(installsLibyaml || words.dropFirst().filter({ !$0.hasPrefix("-") }) == ["update"],
                        "'\(words.joined(separator: " "))': a recipe installs libyaml-dev and nothing else",
                        sourceLocation: sourceLocation)
                continue
            } else if waymarkArguments(command) == nil {
                Issue.record("'\(words.joined(separator: " "))' is not a swift or waymark command", sourceLocation: sourceLocation)
                continue
            }
            guard let arguments = waymarkArguments(command) else { continue }
            expectWaymarkParses(arguments, sourceLocation: sourceLocation)
        }
    }

    private func expectSwiftCommand(_ words: [String], sourceLocation: Testing.SourceLocation) throws {
        let subcommand = words.count > 1 ? words[1] : ""
        guard ["build", "run"].contains(subcommand) else {
            Issue.record("'swift \(subcommand)' in a recipe: expected 'swift build' or 'swift run'", sourceLocation: sourceLocation)
            return
        }
        // Options up to the executable `swift run` runs belong to swift; after it, to waymark.
        let end = subcommand == "run" ? (words.dropFirst(2).firstIndex { !$0.hasPrefix("-") } ?? words.count) : words.count
        let options = words[2..<end].filter { $0.hasPrefix("-") }
        guard !options.isEmpty else { return }
        // The toolchain running these tests: always there.
        let swift = try Requirements.tool("swift")
        let help = try Subprocess.run(swift, [subcommand, "--help"]).stdout
        for option in options where !help.contains(" \(option)") {
            Issue.record("'swift \(subcommand)' has no option \(option)", sourceLocation: sourceLocation)
        }
        if let product = words.firstIndex(of: "--product"), product + 1 < words.count {
            #expect(words[product + 1] == "waymark", sourceLocation: sourceLocation)
        }
    }

    private func expectWaymarkParses(_ arguments: [String], sourceLocation: Testing.SourceLocation) {
        do {
            _ = try WaymarkCommand.parseAsRoot(arguments)
        } catch {
            Issue.record("'waymark \(arguments.joined(separator: " "))' is not a command waymark has: \(WaymarkCommand.message(for: error))",
                         sourceLocation: sourceLocation)
        }
    }
}
