/// One command of a CI script, as a POSIX shell would split it into words: enough
/// shell to read the one-line commands CI recipes run, not a shell.
struct ShellCommand: Equatable {
    var words: [String] = []
    /// The file standard output is redirected to (`> file`), if any.
    var stdout: String?

    /// The commands in `script`: lines joined at a trailing backslash, comments dropped,
    /// split at `&&`, `||`, `;` and `|`, with redirections set aside.
    static func parse(_ script: String) -> [ShellCommand] {
        let joined = script.replacingOccurrences(of: "\\\n", with: " ")
        var commands: [ShellCommand] = []
        for line in joined.split(separator: "\n") {
            commands += parseLine(Array(line))
        }
        return commands.filter { !$0.words.isEmpty }
    }

    private static func parseLine(_ characters: [Character]) -> [ShellCommand] {
        var commands: [ShellCommand] = []
        var current = ShellCommand()
        var word = ""
        var inWord = false
        var redirect: String?
        func endWord() {
            guard inWord else { return }
            if let target = redirect {
                if target == ">" { current.stdout = word }
                redirect = nil
            } else {
                current.words.append(word)
            }
            word = ""
            inWord = false
        }
        var i = 0
        while i < characters.count {
            let c = characters[i]
            switch c {
            case " ", "\t":
                endWord()
            case "#" where !inWord:
                i = characters.count
                continue
            case "'":
                inWord = true
                i += 1
                while i < characters.count, characters[i] != "'" { word.append(characters[i]); i += 1 }
            case "\"":
                inWord = true
                i += 1
                while i < characters.count, characters[i] != "\"" {
                    if characters[i] == "\\", i + 1 < characters.count { i += 1 }
                    word.append(characters[i])
                    i += 1
                }
            case "\\" where i + 1 < characters.count:
                inWord = true
                word.append(characters[i + 1])
                i += 1
            case "&", "|", ";":
                endWord()
                if c == "&", i + 1 < characters.count, characters[i + 1] != "&" {
                    // `2>&1` and the like: a redirection, not a separator.
                    break
                }
                if i + 1 < characters.count, characters[i + 1] == c { i += 1 }
                commands.append(current)
                current = ShellCommand()
            case ">", "<":
                // `2>` redirects standard error: drop the 2 read as a word.
                if inWord, word == "2" { word = ""; inWord = false; redirect = "2>" } else {
                    endWord()
                    redirect = c == ">" ? ">" : "<"
                }
                if i + 1 < characters.count, characters[i + 1] == ">" { i += 1 }
                if i + 1 < characters.count, characters[i + 1] == "&" {
                    // `>&1`: the target is a descriptor.
                    i += 2
                    redirect = nil
                }
            default:
                inWord = true
                word.append(c)
            }
            i += 1
        }
        endWord()
        commands.append(current)
        return commands
    }
}
