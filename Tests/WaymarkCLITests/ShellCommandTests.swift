import Testing

/// The little shell reader the CI recipe tests use.
struct ShellCommandTests {
    @Test func splitsWordsAndCommands() {
        let commands = ShellCommand.parse("""
            swift build --product waymark && swift run --skip-build waymark check # a comment
            echo "two words" 'and more' | tee out.txt; true
            waymark check \\
              --format junit > report.xml 2>&1
            """)
        #expect(commands.map(\.words) == [
            ["swift", "build", "--product", "waymark"],
            ["swift", "run", "--skip-build", "waymark", "check"],
            ["echo", "two words", "and more"],
            ["tee", "out.txt"],
            ["true"],
            ["waymark", "check", "--format", "junit"],
        ])
        #expect(commands.last?.stdout == "report.xml")
    }
}
