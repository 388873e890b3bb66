#!/usr/bin/env python3
"""Peak memory and wall time of `waymark check` on the worst inputs we know of.

Generates each hostile input into a temporary folder (each just under --size bytes
where size matters, 256 KiB by default), runs the release-built binary on it alone,
and prints the peak resident memory and wall time per input. Exits 1 if any input
takes more than the budget (default 256 MiB and 1 s at 256 KiB, scaled in proportion
above that: time and memory must stay linear in the bytes), crashes, or does not end
in the expected diagnostic. Not a unit test: timings belong to a quiet machine, not
to `swift test`.

    Scripts/measure-hostile.py                 # builds with `swift build -c release` first
    Scripts/measure-hostile.py --binary PATH   # measures an existing build
    Scripts/measure-hostile.py --keep DIR      # writes the inputs to DIR and keeps them
    Scripts/measure-hostile.py --size 4194304  # inputs of 4 MiB, budgets 16 times larger

Peak memory is the "maximum resident set size" of `/usr/bin/time` (GNU time), or
the child's ru_maxrss from wait4(2) where that is not installed.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

LIMIT = 256 * 1024  # the size of each input where size matters (--size)
MAX_FILE_BYTES = 64 * 1024 * 1024  # Limits.maxFileBytes
HEADER = "programme:\n  id: p\n  name: P\n  as_of: 2024-03-31\n"


def fill(prefix, unit, suffix="", size=None):
    """prefix + unit repeated to just under `size` bytes (LIMIT - 64) + suffix."""
    size = LIMIT - 64 if size is None else size
    count = max(1, (size - len(prefix) - len(suffix)) // len(unit))
    return prefix + unit * count + suffix


def bomb(levels=9, width=9):
    """A billion laughs: each anchor is a list of `width` aliases of the one before."""
    lines = ['  a0: &a0 ["lol"]']
    for level in range(1, levels + 1):
        lines.append(f"  a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * width) + "]")
    return "defs:\n" + "\n".join(lines) + "\n", f"a{levels}"


def inputs():
    defs, top = bomb()
    wide_map = "{" + ", ".join(f"k{i}: v" for i in range(10000)) + "}"
    yield "alias-bomb-value", defs + HEADER + f"  summary: *{top}\n", "wrong-type"
    yield "alias-bomb-key-explicit", defs + "z:\n  ? *" + top + "\n  : x\n", "wrong-type"
    yield "alias-bomb-key-flow", defs + "z: {[*" + top + "]: x}\n", "wrong-type"
    yield "alias-bomb-key-implicit", defs + "z:\n  *" + top + " : x\n", "wrong-type"
    yield "alias-bomb-in-lists", defs + HEADER + f"milestones: *{top}\nrisks: *{top}\n", "wrong-type"
    yield "alias-wide-mapping", (f"defs: &m {wide_map}\n" + HEADER
                                 + fill("milestones: [", "*m, ", "*m]\n", LIMIT - 64 - len(wide_map) - 80)), "too-large"
    yield "alias-scalar-key-repeated", fill("a: &a " + "x" * (LIMIT // 2) + "\nb:\n", "  - {*a : 1}\n"), "wrong-type"
    yield "anchors-and-aliases-many", fill(HEADER + "milestones:\n", "  - {id: &i m, title: *i, due: 2024-01-01}\n"), "duplicate-id"
    months = [f"{2000 + i // 12}-{i % 12 + 1:02}: 1" for i in range(1000)]
    yield "alias-wide-profiles", ("programme: {id: p, name: P}\nbenefits:\n  - {id: b, title: T, unit: GBP, targets: &t {"
                                  + ", ".join(months) + "}}\n" + "".join(
        f"  - {{id: b{i}, title: T, unit: GBP, targets: *t, actuals: *t}}\n" for i in range(300))), "too-large"
    yield "one-profile-of-many-months", (HEADER + "benefits:\n  - id: b\n    title: T\n    unit: GBP\n    targets:\n"
        + "".join(f"      {1000 + i // 12}-{i % 12 + 1:02}: 1\n" for i in range(12000))), None
    yield "deep-flow-100k", "[" * 100_000, "too-large"
    yield "deep-flow-999", "[" * 999 + "]" * 999, "wrong-type"
    yield "deep-flow-mappings", "{a: " * 60_000, "too-large"
    yield "deep-mixed-keys", "? [" * 50_000, "too-large"
    yield "deep-block-sequence", fill("", "- "), "too-large"
    # Indented mappings 1,000 deep need half a megabyte of spaces: 720 is the most that fits.
    yield "deep-block-mapping-720", "".join(" " * i + "a:\n" for i in range(720)), "unknown-key"
    # libyaml's scanner works in proportion to the flow nesting for every token, so
    # deep brackets around many items are refused once that work passes a budget.
    yield "deep-flow-990-then-wide", fill("[" * 990, "a,", "a" + "]" * 990 + "\n"), "too-large"
    yield "deep-flow-990-then-aliases", fill("[" * 990 + "&a x,", "*a,", "a" + "]" * 990 + "\n"), "too-large"
    yield "deep-flow-990-and-duplicates", fill("a: 1\na: 1\nb: 1\nb: 1\nc: " + "[" * 990, "a,", "a" + "]" * 990 + "\n"), "duplicate-key"
    yield "many-documents", fill("programme: {id: p, name: P}\n", "---\n"), "yaml-syntax"
    yield "many-distinct-anchors", fill(HEADER + "milestones:\n", "  - {id: m, title: &t T, owner: *t, due: 2024-01-01}\n"), "duplicate-id"
    yield "many-comments-no-space", fill(HEADER + "milestones: [", "{}#x\n  ,", "]\n"), "yaml-syntax"
    yield "long-line-scalar", fill(HEADER + "  summary: ", "x", "\n"), None
    yield "long-line-unterminated-quote", fill(HEADER + '  summary: "', "x", "\n"), "yaml-syntax"
    yield "long-line-implicit-key", fill("", "1", ": x\n"), "yaml-syntax"
    yield "long-line-explicit-key", fill(HEADER + "  ? ", "1", "\n  : x\n"), "unknown-key"
    yield "long-line-flow-mapping", fill("programme: {id: p, name: P, ", "summary: x, ", "}\n"), "duplicate-key"
    yield "long-id", HEADER + "milestones:\n  - id: " + "m" * (LIMIT - 200) + "\n    title: T\n    due: 2024-01-01\n", "invalid-id"
    yield "long-reference", (HEADER + "milestones:\n  - id: m\n    title: T\n    due: 2024-01-01\n    depends_on: ["
                             + "x" * (LIMIT - 200) + "]\n"), "invalid-id"
    yield "duplicate-keys-block", fill(HEADER, "  name: Q\n"), "duplicate-key"
    yield "duplicate-keys-block-crlf", fill(HEADER.replace("\n", "\r\n"), "  name: Q\r\n"), "duplicate-key"
    yield "duplicate-keys-many-distinct", HEADER + "".join(f"  k{i}: 1\n  k{i}: 1\n" for i in range(10000)), "duplicate-key"
    yield "duplicate-keys-with-aliases", fill(HEADER + "  summary: &s x\n  manager: *s\n", "  name: Q\n"), "duplicate-key"
    yield "duplicate-keys-flow", fill("programme: {id: p, name: P, ", "name: Q, ", "}\n"), "duplicate-key"
    yield "huge-flow-sequence", fill(HEADER + "milestones: [", "1,", "1]\n"), "too-large"
    yield "huge-flow-sequence-of-aliases", fill(HEADER + "  summary: &a x\nmilestones: [", "*a,", "*a]\n"), "too-large"
    yield "huge-block-sequence", fill(HEADER + "milestones:\n", "- 1\n"), "too-large"
    yield "huge-flow-sequence-of-empty-maps", fill(HEADER + "milestones: [", "{},", "{}]\n"), "too-large"
    yield "many-valid-milestones", fill(HEADER + "milestones:\n", "  - {id: m, title: T, due: 2024-01-01}\n"), "duplicate-id"
    yield "many-distinct-milestones", (HEADER + "milestones:\n" + "".join(
        f"  - {{id: m{i}, title: T, due: 2024-01-01, depends_on: [m{i - 1}]}}\n" for i in range(1, 3700))), "overdue"
    yield "long-dependency-cycle", (HEADER + "milestones:\n" + "".join(
        f"  - {{id: m{i}, title: T, due: 2024-01-01, depends_on: [m{(i + 1) % 3700}]}}\n" for i in range(3700))), "dependency-cycle"
    yield "many-bad-dates", fill(HEADER + "milestones:\n", "  - {id: m, title: T, due: 31/03/2024}\n"), "too-large"
    yield "many-unknown-keys", fill(HEADER + "milestones:\n  - id: m\n", "    tilte: x\n"), "duplicate-key"
    yield "numbers-that-overflow", fill(HEADER + "benefits:\n  - id: b\n    title: B\n    unit: GBP\n    targets: {FY2024-25: ",
                                        "9", "}\n"), "out-of-range"
    yield "invalid-utf8-at-end", (fill(HEADER + "  summary: ", "x", "", LIMIT - 80)).encode() + b"\xff\n", "yaml-syntax"
    yield "nul-at-end", (fill(HEADER + "  summary: ", "x", "", LIMIT - 80)).encode() + b"\x00\n", "yaml-syntax"
    yield "utf16", (HEADER * 2500).encode("utf-16"), "yaml-syntax"
    yield "over-size-limit", fill(HEADER + "  summary: ", "x", "\n", MAX_FILE_BYTES + 128), "too-large"


def build():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    subprocess.run(["swift", "build", "-c", "release", "--product", "waymark"], cwd=root, check=True)
    path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=root, check=True,
                          capture_output=True, text=True).stdout.strip()
    return os.path.join(path, "waymark")


def run(binary, path):
    """(exit status, peak RSS in bytes, wall seconds, output) of `waymark check path`.

    Measured by /usr/bin/time (GNU time: `apt-get install time`) when it is there, as
    a fork of this script would otherwise count this script's memory as the child's;
    else by wait4(2) on a child started with posix_spawn, which does not copy it.
    """
    command = [binary, "check", "--as-of", "2024-03-31", path]
    with tempfile.TemporaryFile() as out, tempfile.NamedTemporaryFile("r") as report:
        start = time.monotonic()
        if os.path.exists("/usr/bin/time"):
            status = subprocess.run(["/usr/bin/time", "-f", "%x %M", "-o", report.name] + command,
                                    stdout=out, stderr=subprocess.STDOUT).returncode
            wall = time.monotonic() - start
            fields = report.read().split()
            status, peak = int(fields[-2]), int(fields[-1]) * 1024
        else:
            pid = os.posix_spawn(binary, command, os.environ,
                                 file_actions=[(os.POSIX_SPAWN_DUP2, out.fileno(), 1),
                                               (os.POSIX_SPAWN_DUP2, out.fileno(), 2)])
            _, wait_status, usage = os.wait4(pid, 0)
            wall = time.monotonic() - start
            status = os.waitstatus_to_exitcode(wait_status)
            # ru_maxrss is in kilobytes on Linux and in bytes on macOS.
            peak = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    return status, peak, wall, text


def main():
    global LIMIT
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", help="the waymark executable (default: build it in release)")
    parser.add_argument("--keep", help="write the inputs here and keep them")
    parser.add_argument("--size", type=int, default=LIMIT, help="bytes of each sized input (default 256 KiB)")
    parser.add_argument("--max-mib", type=float, help="default 256, times size / 256 KiB above that")
    parser.add_argument("--max-seconds", type=float, help="default 1, times size / 256 KiB above that")
    args = parser.parse_args()
    scale = max(1.0, args.size / LIMIT)
    LIMIT = args.size
    args.max_mib = args.max_mib or 256 * scale
    args.max_seconds = args.max_seconds or 1.0 * scale
    binary = args.binary or build()
    folder = args.keep or tempfile.mkdtemp(prefix="waymark-hostile-")
    os.makedirs(folder, exist_ok=True)

    failures = []
    print(f"{'input':36} {'size':>10} {'peak MiB':>9} {'seconds':>8} {'exit':>4}  first diagnostic")
    for name, content, code in inputs():
        path = os.path.join(folder, name + ".yaml")
        with open(path, "wb") as f:
            f.write(content.encode() if isinstance(content, str) else content)
        status, peak, wall, text = run(binary, path)
        first = next((line for line in text.splitlines() if "[" in line), text.splitlines()[0] if text else "")
        shown = first.replace(folder + "/", "")
        print(f"{name:36} {os.path.getsize(path):>10} {peak / 2**20:>9.1f} {wall:>8.3f} {status:>4}  {shown[:110]}")
        if status < 0 or status not in (0, 1, 2):
            failures.append(f"{name}: crashed (exit {status})")
        if peak > args.max_mib * 2**20:
            failures.append(f"{name}: peak memory {peak / 2**20:.1f} MiB > {args.max_mib} MiB")
        if wall > args.max_seconds:
            failures.append(f"{name}: {wall:.2f} s > {args.max_seconds} s")
        if code and f"[{code}]" not in text:
            failures.append(f"{name}: expected a [{code}] diagnostic")
        if max((len(line) for line in text.splitlines()), default=0) > 2000:
            failures.append(f"{name}: an output line is longer than 2,000 characters")
    if not args.keep:
        for entry in os.listdir(folder):
            os.remove(os.path.join(folder, entry))
        os.rmdir(folder)
    if failures:
        print("\nFAILED:\n  " + "\n  ".join(failures))
        return 1
    print(f"\nall {args.max_mib:g} MiB / {args.max_seconds:g} s budgets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
