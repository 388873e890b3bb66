import Foundation
import Testing
import WaymarkTestSupport

/// Runs the `waymark` executable that `swift build` put beside the test bundle.
enum WaymarkBinary {
    /// The build products folder: the test bundle (`.xctest`) is there, a folder on macOS
    /// and a file on Linux, and so is the `waymark` executable.
    static var productsDirectory: URL {
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL
    }

    static var url: URL { productsDirectory.appendingPathComponent("waymark") }

    /// Runs `waymark arguments` in `directory` (the repository root unless given).
    static func run(_ arguments: [String], in directory: URL = repositoryRoot,
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> RunResult {
        try #require(FileManager.default.isExecutableFile(atPath: url.path),
                     "no waymark executable at \(url.path)", sourceLocation: sourceLocation)
        return try Subprocess.run(url, arguments, in: directory)
    }
}

extension WaymarkBinary {
    /// A test fixture's path in the source tree.
    static func fixture(_ path: String) -> String {
        repositoryRoot.appendingPathComponent("Tests/WaymarkKitTests/Fixtures").appendingPathComponent(path).path
    }

    /// A fresh empty folder for a test's files (left for the system to clean up, so a
    /// failing test's output can be looked at).
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("waymark-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
