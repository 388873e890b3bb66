import Foundation
import Testing
@testable import WaymarkKit

/// A seeded random-mutation run over the real programmes, in every `swift test`: the
/// same checks as the libFuzzer target (Fuzz/, run by Scripts/fuzz.sh), on a fixed set
/// of mutants, so CI covers the loader's invariants without a fuzzing toolchain.
@Suite struct MutationTests {
    static let seeds: [[UInt8]] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folders = ["programmes", "Tests/WaymarkKitTests/Fixtures/programmes"].map { root.appendingPathComponent($0) }
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
                .filter { $0.pathExtension == "yaml" }
                .sorted { $0.path < $1.path }
                .compactMap { try? [UInt8](Data(contentsOf: $0)) }
        }
    }()

    /// Pieces that make YAML, the format or the figures go wrong.
    static let tokens: [[UInt8]] = [
        "*a", "&a ", "? ", "- ", ": ", "[", "]", "{", "}", ",", "#", "\t", "\r\n", "\"", "'", "|", ">", "---\n", "<<: ",
        "\u{FEFF}", "\u{2028}", ".nan", "1e309", "1e-9", "0012", "yes", "~", "2024-02-30", "FY2024-23", "total",
        "depends_on: [", "weight: 0", "progress: 100", "completed: 2030-01-01", "kind: level", "id: p",
    ].map { Array($0.utf8) } + [[0], [0xFF], [0xC3], [0xEF, 0xBB, 0xBF], [0x07]]

    static func mutate(_ input: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            let at = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: bytes.insert(contentsOf: tokens.randomElement(using: &random)!, at: at)
            case 1: if !bytes.isEmpty { bytes[at] = UInt8.random(in: 0...255, using: &random) }
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...200, using: &random)))
            case 3:
                // Repeat a stretch, as a paste twice over does.
                let end = min(bytes.count, at + Int.random(in: 1...400, using: &random))
                bytes.insert(contentsOf: bytes[at..<end], at: end)
            default:
                if !bytes.isEmpty { bytes[at] = [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "-")].randomElement(using: &random)! }
            }
        }
        return bytes
    }

    @Test func mutantsOfTheRealProgrammesEndInAProgrammeOrAnError() {
        #expect(Self.seeds.count >= 5)
        var random = SplitMix64(seed: 5)
        for round in 0..<200 {
            let mutant = Self.mutate(Self.seeds[round % Self.seeds.count], &random)
            let run = BesideGood(mutant, name: "mutant.yaml")
            let file = run.result.files[0]
            #expect(run.goodWasChecked, "round \(round)")
            #expect(file.content != nil || !run.errors.isEmpty, "round \(round): no content and no error")
            for diagnostic in file.diagnostics {
                #expect(diagnostic.message.utf8.count < 1000 && !diagnostic.message.contains("\n"), "round \(round)")
            }
            for format in CheckFormat.allCases {
                #expect(format.render(run.result) != "{}\n", "round \(round)")
            }
        }
    }
}
