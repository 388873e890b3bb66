/// Why a pack could not be made or written. These are faults of the run, not of a
/// programme file (those are diagnostics); each says what to do about it.
public enum PackError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The inputs have errors: no pack is made from a file that was misread.
    case inputHasErrors(count: Int)
    /// Two output files would have the same name on a disk that ignores case.
    case nameClash(String, String)
    /// The output path exists and is not a folder.
    case outputIsNotAFolder(String)
    /// The output folder could not be created.
    case cannotCreateFolder(String, reason: String)
    /// A pack file would replace one of the input files.
    case wouldOverwriteInput(String)
    /// A file could not be written; the one already there, if any, is left as it was.
    case cannotWrite(String, reason: String)
    /// The files at the revision given to `--since` have errors, so no comparison is made.
    case earlierRevisionHasErrors(String)

    public var description: String {
        switch self {
        case let .inputHasErrors(count):
            "the inputs have \(count == 1 ? "1 error" : "\(count) errors"), so no pack was written; fix them and run again"
        case let .nameClash(first, second):
            "'\(first)' and '\(second)' would be the same file on a disk that ignores case; rename the programme id"
        case let .outputIsNotAFolder(path):
            "'\(path)' is a file, not a folder; give --out a folder (it is created if missing)"
        case let .cannotCreateFolder(path, reason):
            "cannot create the folder '\(path)': \(reason)"
        case let .wouldOverwriteInput(path):
            "'\(path)' is one of the input files; Waymark never writes over its inputs, so give --out another folder"
        case let .cannotWrite(path, reason):
            "cannot write '\(path)': \(reason); any pack already there is unchanged"
        case let .earlierRevisionHasErrors(revision):
            "the files at \(revision) have errors, so changes since then cannot be shown; run `waymark diff \(revision)`"
        }
    }
}
