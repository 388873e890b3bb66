import Foundation

/// A large file's bytes mapped into memory rather than read into it, so that the pages
/// the parser has passed are given back as it goes: a 28 MB file then holds a few MB
/// of memory at a time, not 28 MB beside the programme being built from it.
///
/// The pages are the file's own (a private, read-only mapping): a page given back and
/// read again comes back from the file, so giving back too early costs time, never
/// correctness. What mapping costs: if another program cuts the file short while it is
/// mapped, reading the lost pages ends the process (SIGBUS, as for any program that
/// maps files). So only files of `threshold` bytes or more are mapped (real programmes
/// are tens of KB), and only for the second or so their YAML is read.
final class MappedFile {
    static let threshold = 1 << 20

    let bytes: UnsafeBufferPointer<UInt8>
    /// Pages before this offset have been given back.
    private var released = 0
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Maps `size` bytes of the open file; nil if it cannot be mapped.
    init?(descriptor: Int32, size: Int) {
        guard size > 0, let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else {
            return nil
        }
        bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size)
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }

    /// Gives back the pages before `offset`, keeping 1 MiB behind it, 4 MiB at a time.
    func release(before offset: Int) {
        let end = (offset - (1 << 20)) / Self.pageSize * Self.pageSize
        guard end - released >= 4 << 20, let base = bytes.baseAddress else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + released), end - released, MADV_DONTNEED)
        released = end
    }
}
