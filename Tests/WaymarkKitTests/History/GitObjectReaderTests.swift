import Foundation
import Testing
@testable import WaymarkKit

/// Files at a commit through one `git cat-file --batch`: files, folders and paths that
/// are not there; names with spaces or line breaks; files past the size limit (git is
/// ended and the next request starts another); and the same bytes as `git show`.
@Suite struct GitObjectReaderTests {
    let repo: ScratchRepository
    let repository: GitRepository
    let first: String
    let second: String

    init() throws {
        repo = try ScratchRepository()
        try repo.write("programmes/a.yaml", "programme: {id: a, name: A}\n")
        try repo.write("programmes/with space.yaml", "programme: {id: s, name: S}\n")
        try repo.write("programmes/big.yaml", "# " + String(repeating: "x", count: 5_000) + "\n")
        try repo.write("programmes/line\nbreak.yaml", "programme: {id: n, name: N}\n")
        first = try repo.commit("First", at: "2024-03-31T12:00:00Z")
        try repo.git("rm", "-q", "programmes/a.yaml")
        try repo.write("programmes/b.yaml", "programme: {id: b, name: B}\n")
        second = try repo.commit("A gone, B new", at: "2024-04-30T12:00:00Z")
        repository = try GitRepository(directory: repo.root)
    }

    @Test func filesFoldersAndAbsences() throws {
        let objects = repository.objectReader()
        defer { objects.close() }
        #expect(try objects.entry("programmes/a.yaml", at: first, limit: 1_000)
            == .file(Array("programme: {id: a, name: A}\n".utf8)))
        #expect(try objects.entry("programmes", at: first, limit: 1_000) == .directory)
        #expect(try objects.entry("", at: first, limit: 1_000) == .directory)
        // Deleted in the second commit, and new in it.
        #expect(try objects.entry("programmes/a.yaml", at: second, limit: 1_000) == .missing)
        #expect(try objects.entry("programmes/b.yaml", at: first, limit: 1_000) == .missing)
        #expect(try objects.entry("programmes/b.yaml", at: second, limit: 1_000)
            == .file(Array("programme: {id: b, name: B}\n".utf8)))
        #expect(try objects.entry("no/such/folder", at: second, limit: 1_000) == .missing)
    }

    @Test func awkwardNamesAreReadToo() throws {
        let objects = repository.objectReader()
        defer { objects.close() }
        #expect(try objects.entry("programmes/with space.yaml", at: first, limit: 1_000)
            == .file(Array("programme: {id: s, name: S}\n".utf8)))
        // A line feed cannot go in a request line, so this one is read by a git of its own.
        #expect(try objects.entry("programmes/line\nbreak.yaml", at: first, limit: 1_000)
            == .file(Array("programme: {id: n, name: N}\n".utf8)))
        // A name that only looks like one in a request ("missing" at the end) is still a path.
        #expect(try objects.entry("programmes/x missing", at: first, limit: 1_000) == .missing)
        // And the reader still answers after each of them.
        #expect(try objects.entry("programmes/b.yaml", at: second, limit: 1_000)
            == .file(Array("programme: {id: b, name: B}\n".utf8)))
    }

    @Test func anOversizedFileStopsOneBytePastTheLimitAndTheNextReadStillWorks() throws {
        let objects = repository.objectReader()
        defer { objects.close() }
        // "# " + 5,000 x + "\n" is 5,003 bytes; with a limit of 1,000 the reader keeps 1,001.
        guard case let .file(bytes) = try objects.entry("programmes/big.yaml", at: first, limit: 1_000) else {
            Issue.record("big.yaml is not read as a file")
            return
        }
        #expect(bytes.count == 1_001)
        #expect(bytes.prefix(3) == [35, 32, 120])   // "# x"
        #expect(try objects.entry("programmes/with space.yaml", at: second, limit: 1_000)
            == .file(Array("programme: {id: s, name: S}\n".utf8)))
        // Exactly at the limit is not oversized: all 5,003 bytes.
        guard case let .file(whole) = try objects.entry("programmes/big.yaml", at: first, limit: 5_003) else {
            Issue.record("big.yaml is not read as a file")
            return
        }
        #expect(whole.count == 5_003)
        #expect(whole.last == 10)
    }

    @Test func theSameBytesAsGitShow() throws {
        let objects = repository.objectReader()
        defer { objects.close() }
        let revision = try repository.resolve(first)
        for path in ["programmes/a.yaml", "programmes/with space.yaml", "programmes/big.yaml"] {
            let shown = try repository.contents(of: path, at: revision, limit: 1 << 20)
            #expect(try objects.entry(path, at: first, limit: 1 << 20) == .file(shown), "\(path)")
        }
    }

    @Test func aReaderClosedEarlyStartsAgain() throws {
        let objects = repository.objectReader()
        #expect(try objects.entry("programmes/b.yaml", at: second, limit: 1_000) != .missing)
        objects.close()
        #expect(try objects.entry("programmes/a.yaml", at: first, limit: 1_000) != .missing)
        objects.close()
    }
}
