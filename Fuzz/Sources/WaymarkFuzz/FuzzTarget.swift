import WaymarkKit

/// One libFuzzer input: load the bytes as a programme file beside a good one, check
/// them as `waymark check` does, and render every output format. Any trap, hang or
/// leak is a finding; so is an outcome SPEC 6 rules out, checked here with a trap of
/// our own (libFuzzer saves the input that caused it).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let loader = ProgrammeLoader()
    let file = loader.load(bytes: bytes, file: "fuzz.yaml")
    let good = loader.load(bytes: Array("programme: {id: good, name: Good, as_of: 2024-03-31}\n".utf8), file: "good.yaml")
    let today = Day(year: 2024, month: 3, day: 31) ?? Day(ordinal: 0)
    let result = Waymark.check(files: [file, good], asOf: nil, today: today)

    // The run goes on to the other files.
    require(result.reports.contains { $0.programme.id == "good" }, "the good file was not checked")
    // A file with nothing to show is an error, never silence.
    require(file.content != nil || file.diagnostics.contains { $0.severity == .error }, "no content and no error")
    for diagnostic in file.diagnostics {
        require(diagnostic.message.utf8.count < 1000, "a message of \(diagnostic.message.utf8.count) bytes")
        require(!diagnostic.message.contains("\n"), "a message over several lines")
    }
    for format in CheckFormat.allCases {
        let output = format.render(result)
        require(!(format == .json && output == "{}\n"), "the JSON could not be encoded")
    }
    return 0
}

private func require(_ condition: Bool, _ what: @autoclosure () -> String) {
    if !condition { fatalError("fuzz finding: \(what())") }
}
