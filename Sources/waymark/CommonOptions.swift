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

    /// Today in UTC, read once here so the engine never reads the clock.
    static var today: Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
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
