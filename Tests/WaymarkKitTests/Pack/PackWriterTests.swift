import Foundation
import Testing
@testable import WaymarkKit

/// The same inputs give the same bytes, and files reach disk whole or not at all.
struct PackWriterTests {
    private func contents(of folder: URL) throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var result: [String: Data] = [:]
        for name in names {
            result[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return result
    }

    @Test func twoRendersAreByteIdentical() throws {
        let first = try StatusPack.files(for: PackFixtures.run())
        let second = try StatusPack.files(for: PackFixtures.run())
        #expect(first == second)
        #expect(first.map(\.name) == ["riverside-hubs.md", "euro-bridge.md", "hostile-text.md", "quiet-start.md", "README.md"])
    }

    @Test func twoWritesToTwoFoldersAreIdentical() throws {
        let a = try PackFixtures.temporaryFolder()
        let b = try PackFixtures.temporaryFolder().appendingPathComponent("nested/out")
        defer {
            try? FileManager.default.removeItem(at: a)
            try? FileManager.default.removeItem(at: b.deletingLastPathComponent().deletingLastPathComponent())
        }
        let writtenA = try PackWriter(folder: a.path).write(try StatusPack.files(for: PackFixtures.run()))
        let writtenB = try PackWriter(folder: b.path).write(try StatusPack.files(for: PackFixtures.run()))
        #expect(writtenA.count == 5)
        #expect(writtenB.last == b.appendingPathComponent("README.md").path)
        let filesA = try contents(of: a)
        #expect(filesA == (try contents(of: b)))
        // Nothing else is left behind: no temporary files.
        #expect(filesA.keys.sorted() == ["README.md", "euro-bridge.md", "hostile-text.md", "quiet-start.md",
                                         "riverside-hubs.md"])
    }

    @Test func aRunWithAnErrorWritesNothing() throws {
        let inputs = try PackFixtures.temporaryFolder()
        let out = inputs.appendingPathComponent("packs")
        defer { try? FileManager.default.removeItem(at: inputs) }
        try FileManager.default.copyItem(atPath: Fixtures.path("programmes/riverside-hubs.yaml"),
                                         toPath: inputs.appendingPathComponent("riverside-hubs.yaml").path)
        try Data("programme:\n  id: broken\n  name: Broken\n  as_of: 31/03/2024\n".utf8)
            .write(to: inputs.appendingPathComponent("broken.yaml"))
        let result = Waymark.check(paths: [inputs.path], asOf: nil, today: PackFixtures.today)
        #expect(result.hasErrors)
        #expect(throws: PackError.inputHasErrors(count: 1)) {
            try PackWriter(folder: out.path).write(try StatusPack.files(for: result))
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func anOutputPathThatIsAFileIsRefused() throws {
        let folder = try PackFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("packs")
        try Data("not a folder".utf8).write(to: file)
        let error = #expect(throws: PackError.self) {
            try PackWriter(folder: file.path).write([PackFile(name: "a.md", contents: "x")])
        }
        #expect(error == .outputIsNotAFolder(file.path))
        #expect(error?.description.contains("is a file, not a folder") == true)
        #expect(try String(contentsOf: file, encoding: .utf8) == "not a folder")

        let below = file.appendingPathComponent("deeper")
        let nested = #expect(throws: PackError.self) {
            try PackWriter(folder: below.path).write([PackFile(name: "a.md", contents: "x")])
        }
        guard case .cannotCreateFolder? = nested else {
            Issue.record("expected cannotCreateFolder, got \(String(describing: nested))")
            return
        }
    }

    @Test func existingPacksAreReplacedWhole() throws {
        let folder = try PackFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = PackWriter(folder: folder.path)
        try writer.write([PackFile(name: "a.md", contents: "old"), PackFile(name: "keep.md", contents: "kept")])
        try writer.write([PackFile(name: "a.md", contents: "new\n")])
        #expect(try String(contentsOf: folder.appendingPathComponent("a.md"), encoding: .utf8) == "new\n")
        // A pack of a programme no longer in the run is not deleted.
        #expect(try String(contentsOf: folder.appendingPathComponent("keep.md"), encoding: .utf8) == "kept")
    }

    @Test func aFailedWriteLeavesThePreviousPackWhole() throws {
        let folder = try PackFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = PackWriter(folder: folder.path)
        try writer.write([PackFile(name: "a.md", contents: "previous pack")])
        // A folder where the temporary file would go makes the write fail part way.
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent(".a.md.\(ProcessInfo.processInfo.processIdentifier).tmp"),
            withIntermediateDirectories: true)
        let error = #expect(throws: PackError.self) {
            try writer.write([PackFile(name: "a.md", contents: "new pack")])
        }
        #expect(error?.description.hasPrefix("cannot write '\(folder.path)/a.md'") == true)
        #expect(try String(contentsOf: folder.appendingPathComponent("a.md"), encoding: .utf8) == "previous pack")
    }

    @Test func inputFilesAreNeverWritten() throws {
        let folder = try PackFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("x.md")
        try Data("input".utf8).write(to: input)
        #expect(throws: PackError.wouldOverwriteInput(input.path)) {
            try PackWriter(folder: folder.path, protecting: [folder.path + "/./x.md"])
                .write([PackFile(name: "x.md", contents: "pack")])
        }
        #expect(try String(contentsOf: input, encoding: .utf8) == "input")
    }

    @Test func namesThatDifferOnlyInCaseAreRefused() throws {
        let text = "programme:\n  id: readme\n  name: Read me\n  as_of: 2024-09-30\n"
        let file = ProgrammeLoader().load(bytes: Array(text.utf8), file: "readme.yaml")
        let result = Waymark.check(files: [file], asOf: nil, today: PackFixtures.today)
        #expect(throws: PackError.nameClash("readme.md", "README.md")) {
            try StatusPack.files(for: result)
        }
    }
}
