#!/usr/bin/env bash
# Fuzzes the loader, validator, analysis and check renderers with libFuzzer
# (Fuzz/Sources/WaymarkFuzz: every input is checked beside a good file and rendered
# in every format; a trap, a hang, more than 2 GiB, an AddressSanitizer report (the
# system libyaml is not instrumented, but its use of memory Waymark hands it is), or
# an outcome SPEC 6 rules out is a finding). Needs libyaml-dev, as Waymark does.
#
#   Scripts/fuzz.sh [SECONDS]      default 600
#
# Needs a Linux Swift toolchain (libFuzzer ships with it). Builds into .build-fuzz/
# (ignored by git), keeps the growing corpus in .build-fuzz/corpus, seeds it each run
# from programmes/, the test fixtures and the YAML test suite corpus when
# WAYMARK_YAML_TEST_SUITE names its folder (the one holding cases/), and writes
# any finding to fuzz-findings/ (ignored by git). Turn a finding into a test in
# Tests/WaymarkKitTests/Hardening/CrashRegressionTests.swift, then fix it.
# Exits 1 on a finding, else 0; the last line says how many inputs were run.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-600}"
scratch=.build-fuzz
findings=fuzz-findings
corpus="$scratch/corpus"

# Coverage is asked for by name: Swift 6.3's driver links libFuzzer for
# --sanitize=fuzzer but no longer instruments Swift code for it, and libFuzzer then
# runs blind (a stale build keeps its old flags too: remove $scratch, not the corpus).
swift build -c release --package-path Fuzz --scratch-path "$scratch" \
    --sanitize=fuzzer --sanitize=address \
    -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp >&2
fuzzer="$scratch/release/WaymarkFuzz"

mkdir -p "$corpus" "$findings"
seed() { [ -d "$1" ] && find "$1" -type f \( -name '*.yaml' -o -name '*.yml' \) -exec cp -n {} "$corpus/" \; || true; }
seed programmes
seed Tests/WaymarkKitTests/Fixtures
if [ -n "${WAYMARK_YAML_TEST_SUITE:-}" ]; then seed "$WAYMARK_YAML_TEST_SUITE/cases"; fi

log="$scratch/fuzz-$(date +%Y%m%d-%H%M%S).log"
echo "fuzzing for ${seconds}s; log: $log" >&2
status=0
# Swift's backtracer, run inside AddressSanitizer after a trap, reports itself as a
# use-after-free; the trap's own message is the finding.
export SWIFT_BACKTRACE=enable=no
# -timeout: an input taking 3 s is a hang (a real one takes well under a second);
# -rss_limit_mb: 2 GiB (AddressSanitizer roughly triples memory; an expansion would
# pass it at once; the 256 MiB budget is measured by measure-hostile.py); -max_len: 64 KiB mutates quickly
# and is more than any construct needs to show itself.
"$fuzzer" "$corpus" \
    -dict=Fuzz/yaml.dict \
    -max_total_time="$seconds" \
    -timeout=3 \
    -rss_limit_mb=2048 \
    -max_len=65536 \
    -print_final_stats=1 \
    -artifact_prefix="$findings/" \
    >"$log" 2>&1 || status=$?

if ! grep -qE '^INFO: Loaded [0-9]+ modules' "$log"; then
    echo "the fuzz target was built without coverage, so libFuzzer cannot learn from it; remove $scratch (keep $corpus) and run again" >&2
    exit 1
fi
grep -E '^Done [0-9]+ runs' "$log" || true
grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "$log" || true
if [ "$status" -ne 0 ]; then
    echo "FINDING (exit $status): see $log and $findings/" >&2
    grep -E 'ERROR|fuzz finding|Fatal error|SUMMARY|Test unit written' "$log" | head -20 >&2 || true
    exit 1
fi
