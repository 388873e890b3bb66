import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes pack files into a folder so that a reader never sees half a pack file.
///
/// Each file is written in full to a temporary name in the same folder, flushed to
/// disk, then renamed over the old one: a rename within a folder replaces the file in
/// one step, so a run that is interrupted (or fails on a full disk) leaves every
/// previous pack whole. Files of programmes no longer in the run are left alone.
public struct PackWriter: Sendable {
    public let folder: String
    /// Paths that must never be written: the run's input files.
    public let protected: [String]

    public init(folder: String, protecting inputs: [String] = []) {
        self.folder = folder
        self.protected = inputs
    }

    /// Writes every file, the programme packs first and the summary that links them last
    /// (the order given). Returns the paths written, in order.
    @discardableResult
    public func write(_ files: [PackFile]) throws(PackError) -> [String] {
        try prepareFolder()
        let inputs = Set(protected.map(Self.canonical))
        let paths = files.map { (file: $0, path: Self.join(folder, $0.name)) }
        for (_, path) in paths where inputs.contains(Self.canonical(path)) {
            throw .wouldOverwriteInput(path)
        }
        for (file, path) in paths {
            try writeAtomically(Array(file.contents.utf8), to: path, name: file.name)
        }
        return paths.map(\.path)
    }

    private func prepareFolder() throws(PackError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .outputIsNotAFolder(folder) }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            // A parent that is a file, or a folder we may not write in.
            throw .cannotCreateFolder(folder, reason: Self.reason(error))
        }
    }

    private func writeAtomically(_ bytes: [UInt8], to path: String, name: String) throws(PackError) {
        // Hidden, and named for this process, so two runs never share a temporary file.
        let temporary = Self.join(folder, ".\(name).\(getpid()).tmp")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw .cannotWrite(path, reason: Self.lastError()) }
        var failure: String?
        var offset = 0
        while offset < bytes.count, failure == nil {
            let written = bytes[offset...].withUnsafeBytes { POSIX.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno != EINTR { failure = Self.lastError() }
            } else {
                offset += written
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = Self.lastError() }
        if close(fd) != 0, failure == nil { failure = Self.lastError() }
        if failure == nil, rename(temporary, path) != 0 { failure = Self.lastError() }
        if let failure {
            unlink(temporary)
            throw .cannotWrite(path, reason: failure)
        }
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : "\(folder)/\(name)"
    }

    /// An absolute path with links resolved, to compare two names for the same file.
    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }

    private static func reason(_ error: Error) -> String {
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }
}

/// The C library's `write`, named apart from `PackWriter.write`.
private enum POSIX {
    static func write(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
        #elseif canImport(Musl)
        Musl.write(fd, buffer, count)
        #else
        Darwin.write(fd, buffer, count)
        #endif
    }
}
