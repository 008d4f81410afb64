#!/usr/bin/env bash
# Issue 15 item 5: what expanding cached registry modules costs a pre-commit run. Lays out one root that calls
# terraform-aws-modules/eks 21.19.0 and vpc 6.6.0 twice (scripts/registry-root.sh), once with .terraform/modules as
# `terraform init -backend=false` leaves it and once without, and runs
# netlint through the launcher (scripts/netlint: quick flags, AppCDS) on each, alternating, RUNS times after WARMUP.
# Prints the medians of CPU (user+sys) and wall time, and their ratio.
#
#   mvn -B -q -o package -DskipTests && bench/registry-modules.sh            # RUNS=11 WARMUP=3 by default
#   NETLINT="java -jar cli/target/netlint.jar" bench/registry-modules.sh     # without the launcher
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-11}
WARMUP=${WARMUP:-3}
NETLINT=${NETLINT:-$here/scripts/netlint}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$here/scripts/registry-root.sh" "$work/cached"
"$here/scripts/registry-root.sh" "$work/uncached" --uncached

out=$work/results.jsonl
for i in $(seq 1 "$WARMUP"); do
  $NETLINT "$work/cached" >/dev/null 2>&1 || true
  $NETLINT "$work/uncached" >/dev/null 2>&1 || true
done
for i in $(seq 1 "$RUNS"); do
  for variant in cached uncached; do
    python3 - "$variant" "$out" $NETLINT "$work/$variant" <<'PY'
import json, os, subprocess, sys, time
name, out, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
start = time.perf_counter()
p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_, status, usage = os.wait4(p.pid, 0)
wall = time.perf_counter() - start
code = os.waitstatus_to_exitcode(status)
if code not in (0, 1):
    sys.exit(f"{' '.join(cmd)} exited with {code}")
with open(out, "a") as f:
    f.write(json.dumps({"name": name, "wall": wall, "cpu": usage.ru_utime + usage.ru_stime}) + "\n")
PY
  done
done
python3 - "$out" "$RUNS" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
med = {}
for name in ("cached", "uncached"):
    mine = [r for r in rows if r["name"] == name]
    med[name] = (statistics.median(r["cpu"] for r in mine), statistics.median(r["wall"] for r in mine))
    print(f"{name:9} CPU {med[name][0]:.3f} s  wall {med[name][1]:.3f} s  (median of {len(mine)})")
print(f"ratio     CPU {med['cached'][0] / med['uncached'][0]:.2f}x  wall {med['cached'][1] / med['uncached'][1]:.2f}x")
PY
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
