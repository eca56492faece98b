#!/usr/bin/env bash
# Peers side by side (issue 16): samdiff `diff --key`, csv-diff and daff on
# the same keyed register tables, with a known truth, in one run.
#
#   bash benches/peers.sh                    # 10 000 and 100 000 rows
#   bash benches/peers.sh 10000 100000 1000000
#
# Installs csv-diff and daff from PyPI into target/peers-venv (once), builds
# samdiff and the `synth` generator in release mode, generates
# target/peers/N/{old,new}.csv and truth.json, runs each tool under
# /usr/bin/time (samdiff and csv-diff PEERS_RUNS times, 3 by default, the
# median run reported), checks its counts against the truth, and prints one
# table: wall time, CPU time (user + system: on a shared machine the
# steadier figure), peak memory, what each tool found, the changes it
# missed, and whether it told renames apart.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(10000 100000); fi
venv=target/peers-venv
if [ ! -x "$venv/bin/csv-diff" ] || [ ! -x "$venv/bin/daff" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet 'csv-diff==1.2' 'daff==1.4.2'
fi
cargo build --quiet --release --bin samdiff --example synth
samdiff=target/release/samdiff
big=(--max-size 68719476736) # 64 GiB: the sizes here are the point
synth=target/release/examples/synth
# Runs of samdiff and csv-diff per size (the median run is reported: a
# shared 2-core machine varies by a tenth from run to run); daff, at two
# minutes a million rows, runs once.
runs=${PEERS_RUNS:-3}
timed() { # RUNS OUT ERR CMD... -> prints "wall_s cpu_s peak_kb" of the median run
    local n=$1 out=$2 err=$3
    shift 3
    : >target/peers/.times
    for _ in $(seq "$n"); do
        /usr/bin/time -f '%e %U %S %M' -o target/peers/.time "$@" >"$out" 2>"$err" || true
        tail -1 target/peers/.time >>target/peers/.times
    done
    sort -n target/peers/.times | awk -v n="$n" 'NR == int((n + 1) / 2) { printf "%s %.2f %s\n", $1, $2 + $3, $4 }'
}
mkdir -p target/peers
printf 'Measured %s; load average at the start: %s\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" \
    "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
printf '| rows | tool | wall (s) | CPU (s) | peak memory (MB) | removed | added | changed | renamed told apart | missed |\n'
printf '|---|---|---|---|---|---|---|---|---|---|\n'
for n in "${sizes[@]}"; do
    d=target/peers/$n
    mkdir -p "$d"
    [ -f "$d/truth.json" ] || "$synth" register "$n" "$d"
    read -r t c m < <(timed "$runs" "$d/samdiff.json" "$d/samdiff.err" \
        "$samdiff" "${big[@]}" diff "$d/old.csv" "$d/new.csv" --key id --format json --all)
    echo "samdiff $t $c $m" >"$d/runs"
    read -r t c m < <(timed "$runs" "$d/csv-diff.json" "$d/csv-diff.err" \
        "$venv/bin/csv-diff" "$d/old.csv" "$d/new.csv" --key=id --json)
    echo "csv-diff $t $c $m" >>"$d/runs"
    read -r t c m < <(timed 1 "$d/daff.csv" "$d/daff.err" \
        "$venv/bin/daff" diff --id id --output "$d/daff.csv" "$d/old.csv" "$d/new.csv")
    echo "daff $t $c $m" >>"$d/runs"
    python3 - "$d" "$n" <<'PY'
import csv, json, sys
d, n = sys.argv[1], sys.argv[2]
truth = json.load(open(f"{d}/truth.json"))
t = {k: truth[k] for k in ("removed", "added", "changed", "renamed")}
def row(tool, wall, cpu, kb, removed, added, changed, renames, err):
    if removed is None:
        print(f"| {n} | {tool} | {wall} | {cpu} | {int(kb)/1024:.0f} | failed: {err} | | | | |")
        return
    missed = (max(0, t["removed"] - removed) + max(0, t["added"] - added)
              + max(0, t["changed"] + (0 if renames else t["renamed"]) - changed)
              + (max(0, t["renamed"] - renames) if renames else 0))
    told = f"yes ({renames})" if renames else "no"
    print(f"| {n} | {tool} | {wall} | {cpu} | {int(kb)/1024:.0f} | {removed} | {added} | {changed} | {told} | {missed} |")
runs = {l.split()[0]: l.split()[1:] for l in open(f"{d}/runs")}
def first_err(tool):
    try:
        return open(f"{d}/{tool}.err").read().strip().splitlines()[-1][:60]
    except Exception:
        return "no output"
# samdiff: arrangements by kind; every kind other than added, ended and
# renamed is a change of the row's other cells.
try:
    log = json.load(open(f"{d}/samdiff.json"))
    by = {}
    for c in log["changes"]:
        by.setdefault(c["kind"], set()).add(c["arrangement"])
    other = set().union(*[v for k, v in by.items() if k not in ("added", "ended", "renamed")])
    row("samdiff diff --key", *runs["samdiff"], len(by.get("ended", ())), len(by.get("added", ())),
        len(other), len(by.get("renamed", ())), "")
except Exception as e:
    row("samdiff diff --key", *runs["samdiff"], None, 0, 0, 0, first_err("samdiff"))
try:
    cd = json.load(open(f"{d}/csv-diff.json"))
    row("csv-diff --key=id", *runs["csv-diff"], len(cd["removed"]), len(cd["added"]), len(cd["changed"]), 0, "")
except Exception:
    row("csv-diff --key=id", *runs["csv-diff"], None, 0, 0, 0, first_err("csv-diff"))
try:
    marks = {"+++": 0, "---": 0, "->": 0}
    with open(f"{d}/daff.csv", newline="") as f:
        for r in csv.reader(f):
            if r and r[0] in marks:
                marks[r[0]] += 1
    row("daff --id id", *runs["daff"], marks["---"], marks["+++"], marks["->"], 0, "")
except Exception:
    row("daff --id id", *runs["daff"], None, 0, 0, 0, first_err("daff"))
PY
done
printf '\nLoad average at the end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
