import Foundation

/// One input file after loading: what it holds (if it could be read) and what was
/// wrong with it.
public struct LoadedFile: Sendable {
    public let path: String
    public let content: FileContent?
    public let diagnostics: [Diagnostic]
}

/// Reads programme and portfolio files from disk. Every problem becomes a diagnostic
/// on that file; nothing is thrown, so one bad file never stops the others.
public struct ProgrammeLoader: Sendable {
    public var limits: Limits

    public init(limits: Limits = .standard) {
        self.limits = limits
    }

    /// The files a run covers: each file argument as given, and for each directory the
    /// `*.yaml` and `*.yml` entries directly inside it, in name order. A path that does
    /// not exist, a directory that cannot be listed, and an entry named like a programme
    /// file that is not a file are all kept, so loading them reports them (SPEC 6)
    /// rather than the run passing over them in silence.
    /// Loads every file `paths` cover (see `expand`). A folder holding no programme
    /// files is an error on the folder: it is almost always a wrong path in a CI job,
    /// and passing silently would hide that.
    public func loadAll(paths: [String]) -> [LoadedFile] {
        paths.flatMap { path -> [LoadedFile] in
            let files = expand(paths: [path])
            guard !files.isEmpty else {
                return [LoadedFile(path: path, content: nil, diagnostics: [.error(.unreadable,
                    "this folder holds no .yaml or .yml programme files", at: SourceLocation(file: path))])]
            }
            // Each file is read on its own, so a folder of files is read on every core.
            return files.concurrentMap { load(path: $0) }
        }
    }

    public func expand(paths: [String]) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                files.append(path)
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            files += names
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                .sorted()
                .map { "\(base)/\($0)" }
        }
        return files
    }

    /// Loads one file from disk.
    public func load(path: String) -> LoadedFile {
        // The bytes are let go once read, before the rest of the model is built.
        let (yaml, items) = switch readBytes(path) {
        case let .failure(diagnostic): (YAMLEvents(tree: nil, diagnostics: [diagnostic]), nil as ItemDecoder?)
        case let .read(bytes): bytes.withUnsafeBufferPointer { parse($0, file: path) }
        case let .mapped(mapped): parse(mapped.bytes, file: path, passed: mapped.release)
        }
        return decode(yaml, file: path, items: items)
    }

    /// Loads a file's bytes; `file` is the name diagnostics give. `inBackground`: decode
    /// the list items on a thread of their own (by default, for a file of 1 MiB or more).
    public func load(bytes: [UInt8], file: String, inBackground: Bool? = nil) -> LoadedFile {
        let (yaml, items) = bytes.withUnsafeBufferPointer { parse($0, file: file, inBackground: inBackground) }
        return decode(yaml, file: file, items: items)
    }

    /// Reads the YAML, decoding the list items as they are read; no items when the bytes
    /// are refused.
    private func parse(_ bytes: UnsafeBufferPointer<UInt8>, file: String, inBackground: Bool? = nil,
                       passed: ((Int) -> Void)? = nil) -> (YAMLEvents, ItemDecoder?) {
        guard bytes.count <= limits.maxFileBytes else { return (YAMLEvents(tree: nil, diagnostics: [tooLarge(file, size: nil)]), nil) }
        switch TextChecks.decode(bytes, file: file) {
        case let .refused(diagnostic): return (YAMLEvents(tree: nil, diagnostics: [diagnostic]), nil)
        case let .text(checked, isASCII):
            // A thread of its own pays only for a file of many items; most are tens of KB.
            let items = ItemDecoder(file: file, limits: limits, inBackground: inBackground ?? (bytes.count >= 1 << 20))
            let yaml = YAMLEvents.read(UnsafeBufferPointer(rebasing: checked), isASCII: isASCII, file: file, limits: limits,
                                       items: items.read, passed: passed.map { passed in { passed($0 + checked.startIndex) } })
            items.finish() // no thread outlives the parse
            return (yaml, items)
        }
    }

    /// The file's content: the rest of its YAML read beside the list items `items` took
    /// as it was read (none, to read every item from the tree). The diagnostics come in
    /// file order.
    func decode(_ yaml: YAMLEvents, file: String, items: ItemDecoder?) -> LoadedFile {
        guard let tree = yaml.tree, let items else { return LoadedFile(path: file, content: nil, diagnostics: yaml.diagnostics) }
        let reader = NodeReader(file: file, limits: limits)
        let content = tree.withRoot { FileDecoder.decode($0, reader: reader, items: items) }
        return LoadedFile(path: file, content: content,
                          diagnostics: limits.capped(yaml.diagnostics + items.reader.diagnostics + reader.diagnostics).diagnostics)
    }

    /// `too-large` for a whole file; `size` when known (from disk it is, without reading).
    private func tooLarge(_ file: String, size: Int?) -> Diagnostic {
        let size = size.map { "\($0) bytes" } ?? "more than \(limits.maxFileBytes) bytes"
        return .error(.tooLarge,
            "the file is \(size); a programme file may be at most \(limits.maxFileBytes) bytes (real ones are tens of KB), so it is not read",
            at: SourceLocation(file: file))
    }

    private enum ReadResult {
        case read([UInt8])
        case mapped(MappedFile)
        case failure(Diagnostic)
    }

    private func readBytes(_ path: String) -> ReadResult {
        let location = SourceLocation(file: path)
        func unreadable(_ message: String) -> ReadResult { .failure(.error(.unreadable, message, at: location)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return unreadable("no such file")
        }
        if isDirectory.boolValue {
            do {
                _ = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                return unreadable("this folder cannot be listed (check its permissions)")
            }
            return unreadable("this is a directory, not a programme file")
        }
        // Read-only, and non-blocking so that opening a named pipe cannot wait for ever
        // for a writer; what was opened is then checked to be a plain file.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return unreadable("the file cannot be read: \(Self.reason(errno)) (check its permissions)")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            return unreadable("the file cannot be read: \(Self.reason(errno))")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return unreadable("this is not a plain file (a pipe, socket or device?), so it is not read")
        }
        if info.st_size > limits.maxFileBytes {
            return .failure(tooLarge(path, size: Int(info.st_size)))
        }
        if info.st_size >= MappedFile.threshold, let mapped = MappedFile(descriptor: descriptor, size: Int(info.st_size)) {
            return .mapped(mapped)
        }
        // Read at most one byte past the limit, so an oversized file (one that grew
        // since `fstat`) is known without reading (or allocating) all of it.
        let capacity = limits.maxFileBytes + 1
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(Int(info.st_size), limits.maxFileBytes) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < capacity {
            let wanted = min(chunk.count, capacity - bytes.count)
            let got = chunk.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return read(descriptor, base, wanted)
            }
            if got == 0 { break }
            if got < 0 {
                if errno == EINTR { continue }
                return unreadable("the file cannot be read: \(Self.reason(errno))")
            }
            bytes.append(contentsOf: chunk[..<got])
        }
        return .read(bytes)
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
