#!/usr/bin/env bash
# Times reading a programme's git history: `waymark history` and
# `waymark pack --since FIRST --history` on a scratch repository in which one real
# programme (programmes/stepping-stones.yaml, 34 KB) is committed 300 times, weekly,
# with one milestone's progress changed in each commit: a programme kept in git for
# six years.
#
#   Scripts/benchmark-history.sh [COMMITS [RUNS]]      default 300 commits, 3 runs
#
# Builds the release binary first (set WAYMARK=/path/to/waymark to time another build;
# set BASELINE=/path/to/waymark as well to time an older build beside it).
# Uses hyperfine when it is installed (`apt-get install -y hyperfine`; one warm-up run,
# then RUNS), else the best of RUNS runs of /usr/bin/time. Prints the figures; the
# scratch repository is removed.
# Not a test: the figures depend on the machine and on what else it is doing.
set -euo pipefail
cd "$(dirname "$0")/.."

commits="${1:-300}"
runs="${2:-3}"
source_file=programmes/stepping-stones.yaml

if [ -z "${WAYMARK:-}" ]; then
    swift build -c release --product waymark >&2
    WAYMARK="$(swift build -c release --show-bin-path)/waymark"
fi
WAYMARK="$(cd "$(dirname "$WAYMARK")" && pwd)/$(basename "$WAYMARK")"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/waymark-benchmark-XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

# One git fast-import stream makes all the commits in one process, with fixed dates and
# identity, so the repository is the same on every run.
git init -q "$scratch/repo"
python3 - "$source_file" "$commits" <<'PY' | git -C "$scratch/repo" fast-import --quiet
import sys
source, commits = open(sys.argv[1], "rb").read(), int(sys.argv[2])
marker = b"\n    progress: 50\n"          # the first milestone at 50%: the figure that changes
assert source.count(marker) >= 1, "no '    progress: 50' line to change"
out = sys.stdout.buffer
start = 1559563200                       # Monday 3 June 2019, 12:00 UTC
for i in range(commits):
    # The comment makes every commit's file different, as in a real history.
    text = source.replace(marker, b"\n    progress: %d\n" % (i % 100), 1) + b"# update %d\n" % (i + 1)
    message = b"Weekly update %d\n" % (i + 1)
    when = b"%d +0000" % (start + i * 7 * 86400)
    out.write(b"commit refs/heads/main\nmark :%d\n" % (i + 1))
    out.write(b"committer PMO Officer <pmo@example.org> " + when + b"\n")
    out.write(b"data %d\n%s" % (len(message), message))
    if i:
        out.write(b"from :%d\n" % i)
    out.write(b"M 100644 inline programmes/bench.yaml\ndata %d\n%s\n" % (len(text), text))
PY
git -C "$scratch/repo" checkout -q main
first="$(git -C "$scratch/repo" rev-list --max-parents=0 HEAD)"
echo "scratch repository: $commits commits of a $(wc -c < "$scratch/repo/programmes/bench.yaml")-byte programme; $(nproc) cores" >&2

cd "$scratch/repo"

# Each binary to time, with its label: this build, and BASELINE (another build of
# waymark, say one of the commit before a change) when it is set, so that both are
# measured in the same minutes on a shared machine.
binaries=("$WAYMARK")
labels=("")
if [ -n "${BASELINE:-}" ]; then
    binaries+=("$(cd "$(dirname "$BASELINE")" && pwd)/$(basename "$BASELINE")")
    labels+=(" [baseline]")
fi

names=()
commands=()
for i in "${!binaries[@]}"; do
    waymark="${binaries[$i]}"
    history_command="$waymark history programmes/bench.yaml"
    pack_command="$waymark pack --since $first --history --out $scratch/packs programmes"
    # Both commands must work before they are timed, or the figures mean nothing.
    $history_command > "$scratch/history.txt"
    grep -q "): $commits commits, oldest first" "$scratch/history.txt" ||
        { echo "$waymark history did not list $commits commits:" >&2; head "$scratch/history.txt" >&2; exit 1; }
    $pack_command > /dev/null
    names+=("waymark history ($commits commits)${labels[$i]}" "waymark pack --since FIRST --history ($commits commits)${labels[$i]}")
    commands+=("$history_command" "$pack_command")
done

if command -v hyperfine > /dev/null; then
    arguments=()
    for i in "${!commands[@]}"; do arguments+=(--command-name "${names[$i]}" "${commands[$i]}"); done
    hyperfine --warmup 1 --runs "$runs" --style basic "${arguments[@]}"
else
    for i in "${!commands[@]}"; do
        best=""
        for _ in $(seq "$runs"); do
            # shellcheck disable=SC2086  # the command is split into its words on purpose
            /usr/bin/time -f '%e %U %S' -o "$scratch/time.txt" ${commands[$i]} > /dev/null
            read -r wall user sys < "$scratch/time.txt"
            if [ -z "$best" ] || awk "BEGIN { exit !($wall < ${best%% *}) }"; then best="$wall $user $sys"; fi
        done
        read -r wall user sys <<< "$best"
        echo "${names[$i]}: best of $runs: $wall s wall, $user s user, $sys s system"
    done
fi
