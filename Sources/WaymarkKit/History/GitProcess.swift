import Foundation
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// One running `git`, started with `posix_spawn` and read through pipes.
///
/// Foundation's `Process.waitUntilExit` spins the run loop in 50 ms steps, so a
/// history that started two gits a commit spent most of its time asleep. Here every
/// wait is a blocking system call that returns as soon as there is something to do:
/// `poll(2)` on standard output and standard error together (so git can never stall
/// on a full standard-error pipe while standard output is read), and `waitpid(2)`.
///
/// Standard input is `/dev/null`, or, for a long-running `git cat-file --batch`, one
/// end of a socket pair: writing to a socket can be told not to raise SIGPIPE when git
/// has gone, which a pipe cannot, so a git that dies is an error here, not the end of
/// the program.
final class GitProcess {
    private let pid: pid_t
    private var output: Int32
    private var errors: Int32
    private var input: Int32
    /// Bytes read from standard output and not yet consumed, from `start` on.
    private var buffer: [UInt8] = []
    private var start = 0
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)
    /// What git wrote to standard error, up to `errorLimit` bytes.
    private var errorBytes: [UInt8] = []
    private static let errorLimit = 1 << 16
    private var status: Int32?

    /// What the process is, for messages: `git cat-file --batch`.
    let command: String

    /// Starts `git ARGUMENTS`.
    /// - Parameter interactive: give it a standard input to write to (`send(_:)`);
    ///   otherwise it reads `/dev/null`.
    /// - Throws: `HistoryError.gitFailed` when it cannot be started.
    init(git: String, arguments: [String], environment: [String], interactive: Bool, command: String) throws {
        self.command = command
        let out = try Self.pipe(command)
        let err: (read: Int32, write: Int32)
        do { err = try Self.pipe(command) } catch {
            Self.close(out.read, out.write)
            throw error
        }
        var stdin: (ours: Int32, theirs: Int32) = (-1, -1)
        if interactive {
            do { stdin = try Self.socketPair(command) } catch {
                Self.close(out.read, out.write, err.read, err.write)
                throw error
            }
        }

        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        var attributes: posix_spawnattr_t?
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        if interactive {
            posix_spawn_file_actions_adddup2(&actions, stdin.theirs, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, out.write, 1)
        posix_spawn_file_actions_adddup2(&actions, err.write, 2)

        // git starts with no signals blocked and SIGPIPE at its default, whatever this
        // process has set, so that a reader that goes away ends it.
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        #if canImport(Darwin)
        // Only the three descriptors above reach git, not whatever else is open here.
        flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #endif
        posix_spawnattr_setflags(&attributes, Int16(truncatingIfNeeded: flags))

        let argv: [UnsafeMutablePointer<CChar>?] = ([git] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, git, &actions, &attributes, argv, envp)
        // git has its own copies now (or never started); these ends are not ours to keep.
        Self.close(out.write, err.write, stdin.theirs)
        guard spawned == 0 else {
            Self.close(out.read, err.read, stdin.ours)
            throw HistoryError.gitFailed(command: command, status: -1, message: String(cString: strerror(spawned)))
        }
        self.pid = pid
        output = out.read
        errors = err.read
        input = stdin.ours
    }

    deinit {
        if status == nil { _ = finish(terminating: true) }
    }

    /// The first line git wrote to standard error, for a message.
    var firstErrorLine: String {
        String(decoding: errorBytes, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
    }

    /// All of standard error that was kept.
    var errorText: String { String(decoding: errorBytes, as: UTF8.self) }

    // MARK: - Writing

    /// Writes `bytes` to git's standard input.
    /// - Throws: `HistoryError.gitFailed` when git has stopped reading (it exited).
    func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                Self.sendNoSignal(input, raw.baseAddress! + sent, bytes.count - sent)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure()
            }
            sent += n
        }
    }

    // MARK: - Reading

    /// The next line of standard output, without its line feed; nil at the end.
    func readLine() throws -> [UInt8]? {
        var searched = 0   // bytes past `start` known to hold no line feed
        while true {
            if let newline = buffer[(start + searched)...].firstIndex(of: 10) {
                let line = Array(buffer[start..<newline])
                consume(upTo: newline + 1)
                return line
            }
            searched = buffer.count - start
            guard try fill() else {
                if searched == 0 { return nil }
                let rest = Array(buffer[start...])
                consume(upTo: buffer.count)
                return rest
            }
        }
    }

    /// Reads exactly `count` bytes of standard output and returns the first `keeping` of
    /// them; nil when the output ends first.
    func read(exactly count: Int, keeping: Int) throws -> [UInt8]? {
        var kept: [UInt8] = []
        kept.reserveCapacity(min(keeping, count))
        var remaining = count
        while remaining > 0 {
            if start == buffer.count {
                guard try fill() else { return nil }
            }
            let take = min(remaining, buffer.count - start)
            let wanted = max(0, min(take, keeping - kept.count))
            if wanted > 0 { kept.append(contentsOf: buffer[start..<(start + wanted)]) }
            consume(upTo: start + take)
            remaining -= take
        }
        return kept
    }

    /// Standard output to its end, or to one byte past `limit` (then `truncated`, and git
    /// is ended by `finish`).
    func readAll(limit: Int) throws -> (bytes: [UInt8], truncated: Bool) {
        while buffer.count - start <= limit {
            guard try fill() else { break }
        }
        let available = buffer.count - start
        let bytes = Array(buffer[start..<(start + min(available, limit + 1))])
        consume(upTo: buffer.count)
        return (bytes, available > limit)
    }

    /// Ends the conversation: closes standard input and output (ending git first when
    /// `terminating`), reads the rest of standard error and waits for git to exit.
    /// Returns its exit status (or the signal that ended it).
    @discardableResult
    func finish(terminating: Bool = false) -> Int32 {
        if let status { return status }
        if terminating { kill(pid, SIGTERM) }
        Self.close(input, output)
        input = -1
        output = -1
        while errors >= 0 { drainErrors() }
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) < 0 {
            guard errno == EINTR else { raw = 0xff00; break }   // cannot happen: the child is ours
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import (they are macros).
        let result = raw & 0x7f == 0 ? (raw >> 8) & 0xff : raw & 0x7f
        status = result
        return result
    }

    /// `HistoryError.gitFailed` for this process, once it has exited.
    func failure() -> HistoryError {
        let status = finish(terminating: true)
        return .gitFailed(command: command, status: status, message: firstErrorLine)
    }

    /// Waits until standard output has more bytes and appends them to `buffer`; false at
    /// its end. Standard error is read whenever it is ready too.
    private func fill() throws -> Bool {
        guard output >= 0 else { return false }
        while true {
            var fds = [pollfd(fd: output, events: Int16(POLLIN), revents: 0)]
            if errors >= 0 { fds.append(pollfd(fd: errors, events: Int16(POLLIN), revents: 0)) }
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR { continue }
                throw HistoryError.gitFailed(command: command, status: -1, message: String(cString: strerror(errno)))
            }
            if fds.count > 1, fds[1].revents != 0 { drainErrors() }
            guard fds[0].revents != 0 else { continue }
            let n = chunk.withUnsafeMutableBytes { systemRead(output, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw HistoryError.gitFailed(command: command, status: -1, message: String(cString: strerror(errno)))
            }
            if n == 0 { return false }
            if start > 0, start == buffer.count {
                buffer.removeAll(keepingCapacity: true)
                start = 0
            }
            buffer.append(contentsOf: chunk[0..<n])
            return true
        }
    }

    private func consume(upTo index: Int) {
        start = index
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        } else if start > 1 << 20, start > buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
    }

    /// One read of standard error (it blocks only when called with nothing ready, from `finish`).
    private func drainErrors() {
        var scratch = [UInt8](repeating: 0, count: 4096)
        let n = scratch.withUnsafeMutableBytes { systemRead(errors, $0.baseAddress!, $0.count) }
        if n < 0, errno == EINTR { return }
        if n <= 0 {
            Self.close(errors)
            errors = -1
            return
        }
        let room = Self.errorLimit - errorBytes.count
        if room > 0 { errorBytes.append(contentsOf: scratch[0..<min(n, room)]) }
    }

    // MARK: - Descriptors

    private static func close(_ descriptors: Int32...) {
        for fd in descriptors where fd >= 0 {
            #if canImport(Darwin)
            _ = Darwin.close(fd)
            #elseif canImport(Glibc)
            _ = Glibc.close(fd)
            #else
            _ = Musl.close(fd)
            #endif
        }
    }

    /// A pipe whose ends are closed in any other child this process starts. (Glibc's
    /// `pipe2`, which would set that at once, is not visible to Swift; a child started
    /// by another thread in between would only keep an end open until it exits.)
    private static func pipe(_ command: String) throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        #if canImport(Darwin)
        guard Darwin.pipe(&fds) == 0 else { throw startFailure(command) }
        #elseif canImport(Glibc)
        guard Glibc.pipe(&fds) == 0 else { throw startFailure(command) }
        #else
        guard Musl.pipe(&fds) == 0 else { throw startFailure(command) }
        #endif
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        return (fds[0], fds[1])
    }

    private static func socketPair(_ command: String) throws -> (ours: Int32, theirs: Int32) {
        var fds: [Int32] = [-1, -1]
        #if canImport(Darwin)
        guard socketpair(AF_UNIX, SOCK_STREAM, 0, &fds) == 0 else { throw startFailure(command) }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        var one: Int32 = 1
        _ = setsockopt(fds[0], SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #elseif canImport(Glibc)
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        guard socketpair(AF_UNIX, type, 0, &fds) == 0 else { throw startFailure(command) }
        #else
        guard socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, &fds) == 0 else { throw startFailure(command) }
        #endif
        return (fds[0], fds[1])
    }

    private static func sendNoSignal(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Darwin)
        Darwin.send(fd, bytes, count, 0)   // SO_NOSIGPIPE is set on the socket
        #elseif canImport(Glibc)
        Glibc.send(fd, bytes, count, Int32(MSG_NOSIGNAL))
        #else
        Musl.send(fd, bytes, count, Int32(MSG_NOSIGNAL))
        #endif
    }

    private static func startFailure(_ command: String) -> HistoryError {
        .gitFailed(command: command, status: -1, message: String(cString: strerror(errno)))
    }
}

/// `read(2)`, by a name that cannot be taken for a method of `GitProcess`.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Darwin)
    Darwin.read(fd, buffer, count)
    #elseif canImport(Glibc)
    Glibc.read(fd, buffer, count)
    #else
    Musl.read(fd, buffer, count)
    #endif
}
