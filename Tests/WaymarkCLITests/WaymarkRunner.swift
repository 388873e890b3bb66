import Foundation

/// Runs the built `waymark` binary, which SwiftPM puts in the same folder as the test
/// bundle, and captures what it prints.
enum WaymarkRunner {
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    enum Failure: Error {
        case binaryNotFound([String])
    }

    /// The build folder: the one holding the `.xctest` bundle (or the test executable).
    static func binary() throws -> URL {
        var folders: [URL] = Bundle.allBundles.map(\.bundleURL)
            .filter { $0.pathExtension == "xctest" }
            .map { $0.deletingLastPathComponent() }
        folders += CommandLine.arguments.filter { $0.hasSuffix(".xctest") || $0.contains(".xctest/") }
            .map { path in
                var url = URL(fileURLWithPath: path)
                while url.pathExtension != "xctest", url.path != "/" { url.deleteLastPathComponent() }
                return url.deletingLastPathComponent()
            }
        folders.append(Bundle.main.bundleURL)
        folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
        let candidates = folders.map { $0.appendingPathComponent("waymark") }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw Failure.binaryNotFound(candidates.map(\.path))
        }
        return found
    }

    /// The repository root, the working folder unless a test names another, so tests can
    /// name fixtures by their paths in the repository.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func run(_ arguments: [String], in folder: URL? = nil) throws -> Output {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = folder ?? root
        let out = Pipe()
        // Standard error goes to a file, so neither stream can fill up and stall the child
        // while the other is read.
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try err.close()
        let stderr = try Data(contentsOf: errURL)
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The test fixtures in the source tree.
    static func fixture(_ path: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("WaymarkKitTests/Fixtures").appendingPathComponent(path).path
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
