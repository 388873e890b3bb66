import ArgumentParser
import Foundation
import WaymarkKit

/// The inputs and date every command shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Programme files, or folders of them (default: programmes/).")
    var paths: [String] = []

    @Option(name: .customLong("as-of"),
            help: ArgumentHelp("Compute every figure as at this date (YYYY-MM-DD), overriding the files.",
                               valueName: "date"))
    var asOf: Day?

    var resolvedPaths: [String] { paths.isEmpty ? ["programmes"] : paths }

    /// Today in UTC, read once here so the engine never reads the clock. Unix time has
    /// exactly 86,400 seconds a day, so the day number is a division: no calendar, whose
    /// time-zone data alone would cost every run megabytes of memory.
    static var today: Day {
        Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    func check() -> CheckResult {
        Waymark.check(paths: resolvedPaths, asOf: asOf, today: Self.today)
    }
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(parsing: argument)
    }
}

/// Writes text to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}
