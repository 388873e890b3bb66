// swift-tools-version: 6.0
// The fuzz target, in a package of its own so that `swift build` and `swift test` of
// Waymark never see it: it only builds with `--sanitize=fuzzer`, which links libFuzzer
// (Linux toolchains). Run it with Scripts/fuzz.sh.
import PackageDescription

let package = Package(
    name: "WaymarkFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Waymark", path: "..")],
    targets: [
        .executableTarget(
            name: "WaymarkFuzz",
            dependencies: [.product(name: "WaymarkKit", package: "Waymark")],
            // libFuzzer supplies main().
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
