import Foundation
import Testing
import WaymarkTestSupport
@testable import WaymarkKit

/// Reading programme files from git: revisions that are not there, shallow clones,
/// paths outside the repository, and programmes added or removed since.
@Suite(.requires(tool: "git")) struct GitRepositoryTests {
    private func programme(_ id: String, asOf: String = "2024-03-31", extra: String = "") -> String {
        """
        programme:
          id: \(id)
          name: Programme \(id)
          as_of: \(asOf)
        milestones:
          - {id: m1, title: First, due: 2024-06-30}
        \(extra)
        """
    }

    @Test func aMissingRevisionIsAnErrorNamingIt() throws {
        let repo = try ScratchRepository()
        try repo.write("programmes/a.yaml", programme("a"))
        try repo.commit("First", at: "2024-03-31T12:00:00Z")
        let error = #expect(throws: HistoryError.self) {
            try Waymark.diff(since: "board-2023-12", paths: ["programmes"], asOf: nil, today: Inputs.day("2024-04-01"),
                             directory: repo.root)
        }
        #expect(error == .unknownRevision("board-2023-12", shallow: false))
        let message = try #require(error?.description)
        #expect(message.hasPrefix("revision 'board-2023-12' is not in this repository;"))
        #expect(message.contains("fetch-depth: 0"))
    }

    @Test func aShallowCloneSaysSoAndHowToFetchTheHistory() throws {
        let history = try RiversideHistory()
        let clone = try history.repository.shallowClone()
        let repository = try GitRepository(directory: clone.root)
        #expect(repository.isShallow())
        // The latest commit is there; the January one is not.
        #expect(try repository.resolve(history.commits[5]).commit == history.commits[5])
        let error = #expect(throws: HistoryError.self) {
            try Waymark.diff(since: history.commits[0], paths: ["programmes"], asOf: nil,
                             today: Inputs.day("2024-05-01"), directory: clone.root)
        }
        #expect(error == .unknownRevision(history.commits[0], shallow: true))
        let message = try #require(error?.description)
        #expect(message.contains("revision '\(history.commits[0])' is not in this repository"))
        #expect(message.contains("this clone is shallow"))
        #expect(message.contains("`fetch-depth: 0`"))
        // History in a shallow clone says that older commits may be missing.
        let log = try Waymark.history(of: RiversideHistory.newPath, directory: clone.root)
        #expect(log.isShallow)
        #expect(log.entries.count == 1)
        #expect(HistoryFormat.text.render(log).contains("This clone is shallow"))
    }

    @Test func revisionsThatLookLikeOptionsAreRefused() throws {
        let repo = try ScratchRepository()
        try repo.write("programmes/a.yaml", programme("a"))
        try repo.commit("First", at: "2024-03-31T12:00:00Z")
        let repository = try GitRepository(directory: repo.root)
        for name in ["--output=/tmp/x", "-p", "", "HEAD\nmain"] {
            #expect(throws: HistoryError.invalidRevision(name)) { try repository.resolve(name) }
        }
    }

    @Test func pathsOutsideTheRepositoryAreRefused() throws {
        let repo = try ScratchRepository()
        try repo.write("programmes/a.yaml", programme("a"))
        try repo.commit("First", at: "2024-03-31T12:00:00Z")
        let repository = try GitRepository(directory: repo.root)
        for path in ["../elsewhere.yaml", "programmes/../../elsewhere", "/etc/passwd", NSTemporaryDirectory()] {
            #expect(throws: HistoryError.self) {
                try Waymark.diff(since: "HEAD", paths: [path], asOf: nil, today: Inputs.day("2024-04-01"),
                                 directory: repo.root)
            }
            #expect(throws: HistoryError.outsideRepository(path: path, root: repository.root)) {
                try repository.relativePath(path, from: repo.root)
            }
        }
        #expect(try repository.relativePath("programmes/./a.yaml", from: repo.root) == "programmes/a.yaml")
        #expect(try repository.relativePath("a.yaml", from: repo.path("programmes")) == "programmes/a.yaml")
        #expect(try repository.relativePath(".", from: repo.root) == "")
        #expect(throws: HistoryError.self) { try Waymark.history(of: "/etc/passwd", directory: repo.root) }
    }

    @Test func notARepository() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("waymark-no-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: HistoryError.notARepository(directory: folder.path)) {
            try GitRepository(directory: folder.path)
        }
    }

    @Test func programmesAddedAndRemovedSinceAFolderRevision() throws {
        let repo = try ScratchRepository()
        try repo.write("programmes/a.yaml", programme("a"))
        try repo.write("programmes/b.yaml", programme("b"))
        try repo.write("programmes/notes/ignored.yaml", programme("nested"))
        try repo.commit("A and B", at: "2024-03-31T12:00:00Z")
        try repo.git("rm", "-q", "programmes/b.yaml")
        try repo.write("programmes/c.yaml", programme("c"))
        try repo.commit("B closed down, C started", at: "2024-04-30T12:00:00Z")
        let diff = try Waymark.diff(since: "HEAD~1", paths: ["programmes"], asOf: nil, today: Inputs.day("2024-05-01"),
                                    directory: repo.root)
        #expect(!diff.hasErrors)
        #expect(diff.programmes.map(\.id) == ["a", "c", "b"])
        #expect(diff.programmes.map(\.status) == [.unchanged, .added, .removed])
        let text = DiffFormat.text.render(diff)
        #expect(text.contains("c: Programme c (programmes/c.yaml)\n  New since HEAD~1: as at 31 Mar 2024, 0.0% complete (planned 0.0%), RAG green\n"))
        #expect(text.contains("b: Programme b (programmes/b.yaml)\n  Removed since HEAD~1: it was 0.0% complete (planned 0.0%) as at 31 Mar 2024, RAG green\n"))
        #expect(text.contains("a: Programme a (programmes/a.yaml)\n  As at:"))
        #expect(text.contains("  No changes.\n"))
        #expect(text.hasSuffix("3 programmes compared: 0 changed, 1 unchanged, 1 added, 1 removed\n"))
        let markdown = DiffFormat.markdown.render(diff)
        #expect(markdown.contains("## Programme c\n\nNew since `HEAD~1`: not in the files at that revision. As at 31 Mar 2024: 0.0% complete (planned 0.0%), RAG green.\n"))
        #expect(markdown.contains("## Programme b\n\nRemoved since `HEAD~1`: no longer in the files (it was `programmes/b.yaml`)."))
        #expect(markdown.contains("## Programme a\n\nNo changes since `HEAD~1` (figures as at 31 Mar 2024 then and 31 Mar 2024 now).\n"))
        let section = ChangesSection(diff)
        #expect(section.ragThenAndNow(programme: "c") == "new → green")
        #expect(section.ragThenAndNow(programme: "b") == "green → removed")
        #expect(TrendArrow.risk("R1", in: diff.programme("c")) == "")
    }

    @Test func anErrorAtEitherSideIsReported() throws {
        let repo = try ScratchRepository()
        try repo.write("programmes/a.yaml", programme("a", extra: "risks:\n  - {id: R1, title: X, likelihood: 9}\n"))
        try repo.commit("A, with a mistake", at: "2024-03-31T12:00:00Z")
        try repo.write("programmes/a.yaml", programme("a"))
        try repo.commit("Fixed", at: "2024-04-30T12:00:00Z")
        let diff = try Waymark.diff(since: "HEAD~1", paths: ["programmes"], asOf: nil, today: Inputs.day("2024-05-01"),
                                    directory: repo.root)
        #expect(diff.hasErrors)
        #expect(diff.errors.map(\.code) == [.outOfRange])
        // The file is named as git names a file at a revision, so the message says which side.
        #expect(diff.errors.first?.location.file == "HEAD~1:programmes/a.yaml")
        #expect(diff.errors.first?.location.line == 8)
    }

    @Test func aFileArgumentMissingAtTheRevisionIsAnAddedProgramme() throws {
        let repo = try ScratchRepository()
        try repo.write("programmes/a.yaml", programme("a"))
        try repo.commit("A", at: "2024-03-31T12:00:00Z")
        try repo.write("programmes/b.yaml", programme("b"))
        try repo.commit("B", at: "2024-04-30T12:00:00Z")
        let diff = try Waymark.diff(since: "HEAD~1", paths: [repo.path("programmes/b.yaml")], asOf: nil,
                                    today: Inputs.day("2024-05-01"), directory: repo.root)
        #expect(!diff.hasErrors)
        #expect(diff.programmes.map(\.status) == [.added])
    }

    @Test func logFollowsARename() throws {
        let history = try RiversideHistory()
        let repository = try GitRepository(directory: history.repository.root)
        let log = try repository.log(following: RiversideHistory.newPath)
        #expect(log.map(\.commit) == history.commits.reversed())
        #expect(log.first?.path == RiversideHistory.newPath)
        #expect(log.last?.path == RiversideHistory.oldPath)
        #expect(log.last?.subject == "Riverside Hubs: first plan for the January board")
        #expect(log.last?.date == Inputs.day("2024-01-31"))
    }

    @Test func anOversizedFileIsRefusedByTheLoaderNotReadWhole() throws {
        let repo = try ScratchRepository()
        try repo.write("programmes/a.yaml", programme("a") + "# " + String(repeating: "x", count: 5_000) + "\n")
        try repo.commit("Big", at: "2024-03-31T12:00:00Z")
        var limits = Limits()
        limits.maxFileBytes = 1_000
        let loader = ProgrammeLoader(limits: limits)
        let diff = try Waymark.diff(since: "HEAD", paths: ["programmes"], asOf: nil, today: Inputs.day("2024-04-01"),
                                    directory: repo.root, loader: loader)
        #expect(diff.errors.map(\.code) == [.tooLarge, .tooLarge])
    }
}
