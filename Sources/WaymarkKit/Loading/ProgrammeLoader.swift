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
    /// `*.yaml` and `*.yml` files directly inside it, in name order. A path that does not
    /// exist is kept, so loading it reports it.
    public func expand(paths: [String]) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            files += names
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                .sorted()
                .map { "\(base)/\($0)" }
                .filter { candidate in
                    var isDir: ObjCBool = false
                    return !(FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir) && isDir.boolValue)
                }
        }
        return files
    }

    /// Loads one file from disk.
    public func load(path: String) -> LoadedFile {
        switch readBytes(path) {
        case let .failure(diagnostic):
            return LoadedFile(path: path, content: nil, diagnostics: [diagnostic])
        case let .success(bytes):
            return load(bytes: bytes, file: path)
        }
    }

    /// Loads a file's bytes; `file` is the name diagnostics give.
    public func load(bytes: [UInt8], file: String) -> LoadedFile {
        guard bytes.count <= limits.maxFileBytes else {
            return LoadedFile(path: file, content: nil, diagnostics: [.error(.tooLarge,
                "the file is \(bytes.count) bytes; the limit is \(limits.maxFileBytes) bytes",
                at: SourceLocation(file: file))])
        }
        let text: String
        switch TextChecks.decode(bytes, file: file) {
        case let .refused(diagnostic):
            return LoadedFile(path: file, content: nil, diagnostics: [diagnostic])
        case let .text(decoded):
            text = decoded
        }
        let document = YAMLDocument.parse(text, file: file, limits: limits)
        if document.root == nil, !document.diagnostics.isEmpty {
            return LoadedFile(path: file, content: nil, diagnostics: document.diagnostics)
        }
        let reader = NodeReader(file: file, maskedKeys: document.maskedKeys, limits: limits)
        let content = FileDecoder(reader: reader).decode(document.root)
        return LoadedFile(path: file, content: content, diagnostics: document.diagnostics + reader.diagnostics)
    }

    private enum ReadResult {
        case success([UInt8])
        case failure(Diagnostic)
    }

    private func readBytes(_ path: String) -> ReadResult {
        let location = SourceLocation(file: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Diagnostic.error(.unreadable, "no such file", at: location))
        }
        if isDirectory.boolValue {
            return .failure(Diagnostic.error(.unreadable, "this is a directory, not a programme file", at: location))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(Diagnostic.error(.unreadable, "the file cannot be read (check its permissions)", at: location))
        }
        defer { try? handle.close() }
        do {
            // Read one byte past the limit, so an oversized file is known without reading it all.
            let data = try handle.read(upToCount: limits.maxFileBytes + 1) ?? Data()
            return .success([UInt8](data))
        } catch {
            return .failure(Diagnostic.error(.unreadable, "the file cannot be read: \(error.localizedDescription)", at: location))
        }
    }
}
