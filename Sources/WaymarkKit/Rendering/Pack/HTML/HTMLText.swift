import Plot

/// Escaping for the HTML pack, applied by Waymark itself to every piece of text and every
/// attribute value before it reaches Plot.
///
/// Plot builds the document as values, but it is not enough on its own: its text
/// escaping leaves anything that looks like an entity as it is (so a title typed as
/// `R&amp;D` would show as `R&D`), and it writes attribute values without escaping a
/// quote. So every text node here is `Node.raw` of text escaped below, and every
/// attribute value is escaped below; no other way into the document exists.
enum HTMLText {
    /// Text content: `&`, `<`, `>` and quotes as entities.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A CSS string literal (for the running title in `@page`): every character that is
    /// not a letter, digit or space written as a CSS escape, so nothing in it can end the
    /// string, the rule or the `<style>` element.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in PlainText.oneLine(text).unicodeScalars {
            if scalar.properties.isAlphabetic && scalar.isASCII || ("0"..."9").contains(Character(scalar)) || scalar == " " {
                out.unicodeScalars.append(scalar)
            } else {
                out += "\\" + String(scalar.value, radix: 16) + " "
            }
        }
        return out + "\""
    }
}

/// The one way the HTML pack makes nodes: elements by name, attributes escaped, text
/// escaped.
enum H {
    typealias Content = Plot.Node<HTML.BodyContext>  // Plot's, not the YAML reader's Node

    static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [Content] = []) -> Content {
        let attributeNodes = attributes.map { Content.attribute(named: $0.0, value: HTMLText.escape($0.1)) }
        return .element(named: name, nodes: attributeNodes + children)
    }

    /// Text Waymark or a file wrote, escaped.
    static func text(_ text: String) -> Content {
        .raw(HTMLText.escape(text))
    }

    /// A line break in the source, so the HTML reads (and diffs) a block to a line.
    static var newline: Content { .raw("\n") }
}
