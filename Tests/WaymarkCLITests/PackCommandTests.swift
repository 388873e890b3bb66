import Foundation
import Testing

/// `waymark pack` end to end: the built binary, its output, its exit status, its files.
struct PackCommandTests {
    private func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            result[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return result
    }

    /// `programmes/` in `folder`, holding a copy of the riverside fixture.
    private func riversideProgrammes(in folder: URL) throws -> URL {
        let programmes = folder.appendingPathComponent("programmes")
        try FileManager.default.createDirectory(at: programmes, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: WaymarkBinary.fixture("programmes/riverside-hubs.yaml"),
                                         toPath: programmes.appendingPathComponent("riverside-hubs.yaml").path)
        return programmes
    }

    @Test func writesAPackForEachProgrammeAndTheSummary() throws {
        let folder = try WaymarkBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("packs")
        let run = try WaymarkBinary.run(["pack", WaymarkBinary.fixture("programmes"), WaymarkBinary.fixture("pack"),
                                         "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let names = ["riverside-hubs.md", "euro-bridge.md", "hostile-text.md", "quiet-start.md", "README.md"]
        #expect(run.stdout == names.map { "wrote \(out.path)/\($0)\n" }.joined())
        #expect(try files(in: out).keys.sorted() == names.sorted())
        let pack = try String(contentsOf: out.appendingPathComponent("riverside-hubs.md"), encoding: .utf8)
        #expect(pack.hasPrefix("# Riverside Family Hubs\n\n**Status at 30 Sep 2024 · Overall RAG: 🔴 Red**\n"))
    }

    @Test func twoRunsGiveByteIdenticalPacks() throws {
        let folder = try WaymarkBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = [WaymarkBinary.fixture("programmes"), WaymarkBinary.fixture("pack")]
        for name in ["one", "two"] {
            let run = try WaymarkBinary.run(["pack"] + inputs + ["--out", folder.appendingPathComponent(name).path])
            #expect(run.status == 0)
        }
        let one = try files(in: folder.appendingPathComponent("one"))
        #expect(one.count == 5)
        #expect(one == (try files(in: folder.appendingPathComponent("two"))))
    }

    @Test func anInputErrorPrintsTheDiagnosticsAndWritesNothing() throws {
        let folder = try WaymarkBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let programmes = try riversideProgrammes(in: folder)
        try Data("programme:\n  id: broken\n  name: Broken\n  as_of: 31/03/2024\n".utf8)
            .write(to: programmes.appendingPathComponent("broken.yaml"))
        // No PATH and no --out: programmes/ in, packs/ out, both in the current folder.
        let run = try WaymarkBinary.run(["pack"], in: folder)
        #expect(run.status == 2)
        #expect(run.stdout.contains("programmes/broken.yaml:4:10: error:"))
        #expect(run.stdout.contains("[invalid-date]"))
        #expect(run.stderr == "waymark pack: the inputs have 1 error, so no pack was written; fix them and run again\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("packs").path))
    }

    @Test func defaultsToProgrammesInAndPacksOut() throws {
        let folder = try WaymarkBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let programmes = try riversideProgrammes(in: folder)
        let run = try WaymarkBinary.run(["pack"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == "wrote packs/riverside-hubs.md\nwrote packs/README.md\n")
        #expect(try files(in: folder.appendingPathComponent("packs")).count == 2)
        // The inputs are untouched.
        #expect(try FileManager.default.contentsOfDirectory(atPath: programmes.path) == ["riverside-hubs.yaml"])
    }

    @Test func anOutputThatIsAFileIsAClearError() throws {
        let folder = try WaymarkBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("packs")
        try Data("keep me".utf8).write(to: file)
        let run = try WaymarkBinary.run(["pack", WaymarkBinary.fixture("programmes"), "--out", file.path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("is a file, not a folder"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me")
    }

    @Test func badUsageExitsTwo() throws {
        let run = try WaymarkBinary.run(["pack", "--as-of", "31/03/2024"])
        #expect(run.status == 2)
        #expect(!run.stderr.isEmpty)
    }
}

extension PackCommandTests {
    @Test(.requires(tool: "git"))
    func sinceAMissingRevisionIsAClearErrorAndWritesNothing() throws {
        let folder = try WaymarkBinary.temporaryFolder()
        let out = folder.appendingPathComponent("packs")
        let run = try WaymarkBinary.run(["pack", "programmes", "--since", "no-such-board-tag", "--out", out.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no-such-board-tag"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}

/// `waymark pack --format html`: a page a programme and `index.html`, linking each other.
struct HTMLPackCommandTests {
    @Test func writesAPageForEachProgrammeAndTheIndex() throws {
        let folder = try WaymarkBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("html")
        let arguments = ["pack", WaymarkBinary.fixture("programmes"), WaymarkBinary.fixture("pack"), "--format", "html",
                         "--out", out.path]
        let run = try WaymarkBinary.run(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        let names = ["riverside-hubs.html", "euro-bridge.html", "hostile-text.html", "quiet-start.html", "index.html"]
        #expect(run.stdout == names.map { "wrote \(out.path)/\($0)\n" }.joined())
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == names.sorted())
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        for name in names.dropLast() {
            #expect(index.contains("<a href=\"\(name)\">"), "index.html links to \(name)")
            let page = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            #expect(page.contains("<a href=\"index.html\">"), "\(name) links back to index.html")
        }
        // The same inputs give the same bytes.
        let first = try Data(contentsOf: out.appendingPathComponent("riverside-hubs.html"))
        #expect(try WaymarkBinary.run(arguments).status == 0)
        #expect(try Data(contentsOf: out.appendingPathComponent("riverside-hubs.html")) == first)
    }

    @Test func anUnknownFormatIsRefused() throws {
        let run = try WaymarkBinary.run(["pack", WaymarkBinary.fixture("programmes"), "--format", "pdf", "--out", "/tmp/x"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--format"))
    }
}
