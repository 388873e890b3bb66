// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Waymark",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "waymark", targets: ["waymark"]),
        .library(name: "WaymarkKit", targets: ["WaymarkKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // HTML packs: builds HTML as values and escapes text and attributes by construction.
        .package(url: "https://github.com/JohnSundell/Plot", exact: "0.14.0"),
    ],
    targets: [
        // The system libyaml, read event by event (Sources/WaymarkKit/Loading/YAMLEvents.swift).
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The engine: model, loading, validation, analysis and rendering. It never prints or exits.
        .target(
            name: "WaymarkKit",
            dependencies: ["CYAML", .product(name: "Plot", package: "Plot")]
        ),
        // The command line: parses arguments, calls WaymarkKit, prints, sets the exit code.
        .executableTarget(
            name: "waymark",
            dependencies: [
                "WaymarkKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What both test targets use: running processes, temporary folders.
        .target(name: "WaymarkTestSupport", path: "Tests/WaymarkTestSupport"),
        .testTarget(
            name: "WaymarkKitTests",
            dependencies: ["WaymarkKit", "WaymarkTestSupport"],
            // Golden files are read from the source tree by path, not shipped as resources.
            exclude: ["Pack/Snapshots", "Highlight/Snapshots"],
            resources: [.copy("Fixtures")]
        ),
        // End-to-end: runs the built `waymark` binary. Depending on the executable makes
        // `swift test` build it first.
        .testTarget(
            name: "WaymarkCLITests",
            dependencies: ["waymark", "WaymarkKit", "WaymarkTestSupport"]
        ),
    ]
)
