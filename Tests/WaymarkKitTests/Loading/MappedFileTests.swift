import Foundation
import Testing
import WaymarkTestSupport
@testable import WaymarkKit

/// A file of 1 MiB or more is mapped rather than read, and its pages are given back
/// behind the parser (`MappedFile`): it must load exactly as the same bytes read into
/// memory do, mistakes and their positions included.
@Suite struct MappedFileTests {
    /// About 6.7 MB of milestones, so pages are given back (4 MiB at a time, 1 MiB
    /// behind the parser), with a bad date early, in the middle and at the end, and
    /// a non-ASCII title (so positions count characters, not bytes).
    private static let text: String = {
        var text = "programme: {id: p, name: Prógramme}\nmilestones:\n"
        for i in 0..<36_000 {
            let due = i % 17_995 == 7 ? "2024-02-30" : "2024-12-31"
            text += "  - id: m\(i)\n    title: Milestone \(i) — délivery of the work package\n    due: \(due)\n"
            text += "    notes: \(String(repeating: "x", count: 80))\n"
        }
        return text + "risks:\n  - {id: r1, title: Last, review_by: 2024-13-01}\n"
    }()

    @Test func aLargeFileLoadsAsItsBytesDo() throws {
        let bytes = Array(Self.text.utf8)
        #expect(bytes.count > 6 << 20)
        try withTemporaryDirectory { folder in
            let path = folder.appendingPathComponent("large.yaml").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let mapped = ProgrammeLoader().load(path: path)
            let read = ProgrammeLoader().load(bytes: bytes, file: path)
            #expect(mapped.diagnostics == read.diagnostics)
            // Milestones 7, 18,002 and 35,997 are due on 30 February; the risk's month is 13.
            #expect(mapped.diagnostics.map(\.code) == [.invalidDate, .invalidDate, .invalidDate, .invalidDate])
            #expect(mapped.diagnostics.last?.location.line == 144_004)
            guard case let .programme(fromMap) = mapped.content, case let .programme(fromRead) = read.content else {
                Issue.record("no programme")
                return
            }
            #expect(fromMap.milestones.count == 35_997)
            #expect(fromMap.milestones == fromRead.milestones)
            #expect(fromMap.milestones.last?.locations["due"] == SourceLocation(file: path, line: 144_001, column: 10))
        }
    }

    @Test func givingBackPagesLeavesTheBytesReadable() throws {
        let bytes = Array(Self.text.utf8)
        try withTemporaryDirectory { folder in
            let url = folder.appendingPathComponent("large.yaml")
            try Data(bytes).write(to: url)
            let descriptor = open(url.path, O_RDONLY)
            defer { close(descriptor) }
            let mapped = try #require(MappedFile(descriptor: descriptor, size: bytes.count))
            mapped.release(before: bytes.count)
            // Pages given back come back from the file when read again.
            #expect(mapped.bytes.elementsEqual(bytes))
        }
    }
}
