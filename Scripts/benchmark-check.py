#!/usr/bin/env python3
"""Wall time and peak memory of `waymark check --format json` on a large synthetic
portfolio, beside libyaml's raw event parse of the same bytes.

Generates 100,000 milestones (id, title, owner, due and forecast dates, progress,
weight, up to three dependencies, a line of notes), 10,000 risks and 5,000 benefits,
written once as one programme file and once as 400 programme files; runs the
release-built `waymark check --format json` and Scripts/benchmark/libyaml-floor.c
(compiled here with `cc ... -lyaml`) on each, in turn, seven times; and prints the
medians of wall and CPU time, of the ratio of each waymark run to the floor run just
before it (and the range of those ratios), peak memory (GNU time's maximum resident
set) and its ratio to the input bytes. Then the four real programmes in programmes/, end to end.
Not a unit test: timings belong to a quiet machine.

    Scripts/benchmark-check.py                 # builds with `swift build -c release` first
    Scripts/benchmark-check.py --binary PATH   # measures an existing build
    Scripts/benchmark-check.py --milestones N  # a smaller (or larger) run
    Scripts/benchmark-check.py --rounds N      # more (or fewer) pairs of runs

Needs a C compiler, libyaml-dev and GNU time (`apt-get install time`).
"""
import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def day(n):
    """The n-th day from 1 April 2025 (a plain calendar of 28-day months is enough)."""
    return f"{2025 + n // 336}-{n // 28 % 12 + 1:02}-{n % 28 + 1:02}"


def programme(index, milestones, risks, benefits, rng):
    """One programme file's text: `milestones` milestones and so on, ids unique in it.

    A forward plan as of 31 March 2025: due dates run on from April 2025 in list
    order, one milestone in ten is forecast a month late, and each depends on up to
    three of the twenty before it, so the warnings are the few a real plan has."""
    out = [f"programme:\n  id: bench-{index}\n  name: Benchmark programme {index}\n  sro: Senior Owner\n"
           f"  as_of: 2025-03-31\n  start: 2025-04-01\n  end: 2030-03-31\n"]
    out.append("milestones:\n")
    for m in range(milestones):
        due = m * 1000 // milestones
        forecast = due + (30 if m % 10 == 9 else 0)
        deps = sorted({rng.randrange(max(0, m - 20), m) for _ in range(rng.randint(0, 3))}) if m else []
        out.append(f"  - id: m{m}\n    title: Deliver work package {m} of the programme\n"
                   f"    owner: Owner {m % 97}\n    due: {day(due)}\n    forecast: {day(forecast)}\n"
                   f"    progress: {m * 7 % 90}\n    weight: {1 + m % 5}\n")
        if deps:
            out.append(f"    depends_on: [{', '.join(f'm{d}' for d in deps)}]\n")
        out.append(f"    notes: Agreed at the board; see the plan on page {m % 300} for the detail.\n")
    out.append("risks:\n")
    for r in range(risks):
        out.append(f"  - id: r{r}\n    title: Risk {r} to delivery\n    owner: Owner {r % 53}\n"
                   f"    likelihood: {1 + r % 5}\n    impact: {1 + r * 3 % 5}\n    review_by: 2025-06-30\n"
                   f"    affects: [m{r % milestones}]\n")
    out.append("benefits:\n")
    for b in range(benefits):
        out.append(f"  - id: b{b}\n    title: Benefit {b}\n    unit: GBP\n    enabled_by: [m{b % milestones}]\n"
                   f"    targets: {{FY2025-26: {1000 + b}, FY2026-27: {2000 + b}}}\n")
    return "".join(out)


def generate(folder, files, milestones, risks, benefits):
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(14)
    paths = []
    for i in range(files):
        path = os.path.join(folder, f"programme-{i:03}.yaml")
        with open(path, "w") as f:
            f.write(programme(i, milestones // files, risks // files, benefits // files, rng))
        paths.append(path)
    return paths


def run_once(command):
    """(wall seconds, CPU seconds, peak RSS bytes) of one run. CPU time (user + system)
    is printed too: on a shared machine wall time includes waiting for a core."""
    with tempfile.NamedTemporaryFile("r") as report:
        status = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", report.name] + command,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        fields = report.read().split()
    if status not in (0, 1):
        sys.exit(f"{command[0]} exited {status}")
    return float(fields[-4]), float(fields[-3]) + float(fields[-2]), int(fields[-1]) * 1024


def paired(command, floor, rounds):
    """Runs the floor and waymark in turn, `rounds` times, and returns the medians of
    waymark's wall and CPU time, of the floor's, of the ratio of each pair (wall and
    CPU), the lowest and highest wall ratio, and waymark's largest peak.

    Each ratio is taken from two runs made one after the other, so a machine that is
    slow for a while slows both: best-of-N timings of each, taken minutes apart, moved
    the ratio by a third from run to run on this shared machine."""
    pairs = []
    for _ in range(rounds):
        base = run_once(floor)
        pairs.append((run_once(command), base))
    median = statistics.median
    wall_ratios = [w[0] / max(b[0], 0.01) for w, b in pairs]
    return {
        "wall": median(w[0] for w, _ in pairs), "cpu": median(w[1] for w, _ in pairs),
        "floor_wall": median(b[0] for _, b in pairs), "floor_cpu": median(b[1] for _, b in pairs),
        "ratio_wall": median(wall_ratios), "ratio_cpu": median(w[1] / max(b[1], 0.01) for w, b in pairs),
        "ratio_low": min(wall_ratios), "ratio_high": max(wall_ratios), "peak": max(w[2] for w, _ in pairs),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", help="the waymark executable (default: build it in release)")
    parser.add_argument("--milestones", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=7, help="pairs of runs, floor then waymark (default 7)")
    args = parser.parse_args()
    if not os.path.exists("/usr/bin/time"):
        sys.exit("needs GNU time: apt-get install time")
    binary = args.binary
    if not binary:
        subprocess.run(["swift", "build", "-c", "release", "--product", "waymark"], cwd=ROOT, check=True)
        binary = os.path.join(subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                                             check=True, capture_output=True, text=True).stdout.strip(), "waymark")
    work = tempfile.mkdtemp(prefix="waymark-bench-")
    try:
        floor = os.path.join(work, "libyaml-floor")
        subprocess.run(["cc", "-O2", "-o", floor, os.path.join(ROOT, "Scripts/benchmark/libyaml-floor.c"), "-lyaml"],
                       check=True)
        m = args.milestones
        cases = [("one file", generate(os.path.join(work, "one"), 1, m, m // 10, m // 20)),
                 ("400 files", generate(os.path.join(work, "many"), 400, m, m // 10, m // 20))]
        print(f"{m:,} milestones, {m // 10:,} risks, {m // 20:,} benefits; {args.rounds} rounds of the floor then "
              f"waymark, medians; {os.cpu_count()} cores")
        print(f"{'input':10} {'MB':>5} | {'waymark wall':>12} {'cpu':>5} | {'libyaml wall':>12} {'cpu':>5} | "
              f"{'ratio wall':>10} {'(range)':>11} {'cpu':>5} | {'peak MB':>7} {'peak/bytes':>10}")
        for name, paths in cases:
            size = sum(os.path.getsize(p) for p in paths)
            r = paired([binary, "check", "--format", "json", "--as-of", "2025-03-31", os.path.dirname(paths[0])],
                       [floor] + paths, args.rounds)
            print(f"{name:10} {size / 1e6:>5.1f} | {r['wall']:>11.2f}s {r['cpu']:>4.2f}s | "
                  f"{r['floor_wall']:>11.2f}s {r['floor_cpu']:>4.2f}s | {r['ratio_wall']:>9.1f}x "
                  f"({r['ratio_low']:.1f}-{r['ratio_high']:.1f}x) {r['ratio_cpu']:>4.1f}x | "
                  f"{r['peak'] / 1e6:>7.0f} {r['peak'] / size:>9.1f}x")
        print("\nreal programmes, end to end (best of 10):")
        for name in sorted(n for n in os.listdir(os.path.join(ROOT, "programmes")) if n.endswith(".yaml")):
            path = os.path.join(ROOT, "programmes", name)
            walls = []
            for _ in range(10):
                start = time.monotonic()
                subprocess.run([binary, "check", "--format", "json", path], stdout=subprocess.DEVNULL)
                walls.append(time.monotonic() - start)
            print(f"  {name:44} {os.path.getsize(path) / 1e3:>6.1f} KB {min(walls) * 1000:>6.1f} ms")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
