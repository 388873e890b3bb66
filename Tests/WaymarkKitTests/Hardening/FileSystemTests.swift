import Foundation
import Testing
@testable import WaymarkKit

/// SPEC 6 for paths: a directory where a file should be, a file that cannot be read, one
/// that is missing, a named pipe, one too large: each an `unreadable` or `too-large`
/// error on that file, and the other files of the run are still checked.
@Suite struct FileSystemTests {
    /// A fresh folder holding `good.yaml`, removed when the test ends.
    private final class Folder {
        let url: URL
        var path: String { url.path }

        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-fs-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try BesideGood.good.write(to: url.appendingPathComponent("good.yaml"), atomically: true, encoding: .utf8)
        }

        func file(_ name: String) -> String { url.appendingPathComponent(name).path }

        deinit { try? FileManager.default.removeItem(at: url) }
    }

    private func check(_ paths: [String]) -> CheckResult {
        Waymark.check(paths: paths, asOf: nil, today: Inputs.day("2024-03-31"))
    }

    private func goodWasChecked(_ result: CheckResult) -> Bool {
        result.reports.contains { $0.programme.id == "good" }
    }

    @Test func directoryNamedLikeAProgrammeFileInsideAFolder() throws {
        let folder = try Folder()
        try FileManager.default.createDirectory(atPath: folder.file("archive.yaml"), withIntermediateDirectories: false)
        let result = check([folder.path])
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.description) == ["\(folder.file("archive.yaml")): error: this is a directory, not a programme file [unreadable]"])
        #expect(result.files.map(\.path) == [folder.file("archive.yaml"), folder.file("good.yaml")])
        #expect(goodWasChecked(result))
    }

    @Test func missingFile() throws {
        let folder = try Folder()
        let result = check([folder.file("nope.yaml"), folder.file("good.yaml")])
        #expect(result.diagnostics.map(\.description) == ["\(folder.file("nope.yaml")): error: no such file [unreadable]"])
        #expect(goodWasChecked(result))
    }

    @Test func danglingSymbolicLink() throws {
        let folder = try Folder()
        try FileManager.default.createSymbolicLink(atPath: folder.file("moved.yaml"), withDestinationPath: folder.file("gone.yaml"))
        let result = check([folder.path])
        #expect(result.diagnostics.map(\.description) == ["\(folder.file("moved.yaml")): error: no such file [unreadable]"])
        #expect(goodWasChecked(result))
    }

    /// Tests run as root here, and root reads any file whatever its mode; so as root
    /// this reads a file that opens but cannot be read (`/proc/self/mem` gives EIO at
    /// offset 0 on Linux), and otherwise a file with mode 000.
    @Test func unreadableFile() throws {
        let folder = try Folder()
        let path: String
        if getuid() != 0 {
            path = folder.file("locked.yaml")
            try "programme: {id: locked, name: L}\n".write(toFile: path, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        } else {
            #if os(Linux)
            path = "/proc/self/mem"
            #else
            return
            #endif
        }
        let result = check([path, folder.file("good.yaml")])
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.code == .unreadable)
        #expect(errors.first?.location == SourceLocation(file: path))
        #expect(errors.first?.message.hasPrefix("the file cannot be read: ") == true)
        #expect(goodWasChecked(result))
    }

    /// A named pipe would block a reader for ever waiting for a writer.
    @Test func namedPipeIsNotWaitedOn() throws {
        let folder = try Folder()
        #expect(mkfifo(folder.file("pipe.yaml"), 0o644) == 0)
        let result = check([folder.path])
        #expect(result.diagnostics.map(\.description) == [
            "\(folder.file("pipe.yaml")): error: this is not a plain file (a pipe, socket or device?), so it is not read [unreadable]",
        ])
        #expect(goodWasChecked(result))
    }

    @Test func fileTooLargeIsRefusedWithoutReadingIt() throws {
        let folder = try Folder()
        let path = folder.file("huge.yaml")
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        // One byte over the 64 MiB limit (sparse: nothing is written).
        try handle.truncate(atOffset: 64 * 1024 * 1024 + 1)
        try handle.close()
        let result = check([folder.path])
        #expect(result.diagnostics.map(\.description) == [
            "\(path): error: the file is 67108865 bytes; a programme file may be at most 67108864 bytes (real ones are tens of KB), so it is not read [too-large]",
        ])
        #expect(goodWasChecked(result))
    }

    @Test func inputsAreNeverOpenedForWriting() throws {
        let folder = try Folder()
        let path = folder.file("good.yaml")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        let result = check([folder.path])
        #expect(goodWasChecked(result))
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == before)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == BesideGood.good)
    }
}
