import Testing
@testable import WaymarkKit

/// JSON string literals as Foundation's encoder writes them (RFC 8259): quotes,
/// backslashes and control characters escaped, `\b \f \n \r \t` by name and any other
/// control character as `\u00XX` (lower-case hex); `/` and every other character,
/// however many bytes, as it is. The escaper works on UTF-8 bytes, so the cases hold
/// characters of two, three and four bytes beside the ones escaped.
struct JSONStringTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        ("", #""""#),
        (#"say "hi""#, #""say \"hi\"""#),
        (#"C:\path"#, #""C:\\path""#),
        ("a/b", #""a/b""#),
        ("one\ntwo\r\n\tthree", #""one\ntwo\r\n\tthree""#),
        ("bell\u{07} back\u{08} feed\u{0C} unit\u{1F}", #""bell\u0007 back\b feed\f unit\u001f""#),
        ("£5 — café 🚀\n", #""£5 — café 🚀\n""#),
        ("\u{7F}delete", "\"\u{7F}delete\""),
    ])
    func escapes(_ text: String, _ expected: String) {
        var bytes: [UInt8] = []
        JSONString.append(text, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
        var string = "x"
        JSONString.append(text, to: &string)
        #expect(string == "x" + expected)
    }
}
