import Foundation
import WaymarkTestSupport

/// GitHub-flavoured Markdown to HTML with cmark-gfm, as a git host would show it.
/// `--unsafe` lets raw HTML through, so any that escaped Waymark's escaping shows.
enum GFM {
    static func render(_ markdown: String) throws -> String {
        try Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"),
                           ["cmark-gfm", "--unsafe", "--extension", "table", "--extension", "strikethrough",
                            "--extension", "autolink"],
                           input: markdown).stdout
    }
}
