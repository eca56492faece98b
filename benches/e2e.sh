#!/usr/bin/env bash
# End to end (issue 16's table): the release binary on a pair of synthetic
# snapshots of N arrangements each (~9 % changed), one row per size:
# validate, diff, log, audit and report (HTML), each as wall time / CPU
# time (user + system) and peak memory.
#
#   bash benches/e2e.sh                  # 10 000 and 100 000
#   bash benches/e2e.sh 1000000          # the 1M row (a few GB of disk and memory)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(10000 100000); fi
cargo build --quiet --release --bin samdiff --example synth
samdiff=$PWD/target/release/samdiff
big=(--max-size 68719476736) # 64 GiB: the sizes here are the point
mkdir -p target/e2e
run() { # label CMD... -> "wall s (cpu s) / MB"
    /usr/bin/time -f '%e %U %S %M' -o target/e2e/.time "$@" >/dev/null 2>target/e2e/.err ||
        { echo "failed: $(tail -1 target/e2e/.err)"; return; }
    awk '{ printf "%.2f s (CPU %.2f s) / %.0f MB", $1, $2 + $3, $4 / 1024 }' target/e2e/.time
}
printf '| arrangements per snapshot (JSON size) | validate | diff | log | audit | report html |\n'
printf '|---|---|---|---|---|---|\n'
for n in "${sizes[@]}"; do
    d=target/e2e/$n
    [ -f "$d/synthetic-1.json" ] || target/release/examples/synth snapshots "$n" "$d"
    size=$(du -cm "$d"/synthetic-*.json | tail -1 | cut -f1)
    v=$(run "$samdiff" "${big[@]}" validate "$d")
    df=$(run "$samdiff" "${big[@]}" --snapshots "$d" diff synthetic-0 synthetic-1)
    l=$(run "$samdiff" "${big[@]}" --snapshots "$d" log)
    a=$(run "$samdiff" "${big[@]}" --snapshots "$d" audit)
    r=$(run "$samdiff" "${big[@]}" --snapshots "$d" report --format html -o "$d/report.html" --force)
    printf '| %s (2 × %s MB) | %s | %s | %s | %s | %s |\n' "$n" "$((size / 2))" "$v" "$df" "$l" "$a" "$r"
done
