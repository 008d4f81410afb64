#!/usr/bin/env bash
# No thrash, ever (issue 18): the launcher (scripts/netlint, with its heap sized from the machine) runs a large
# generated corpus, bench/gen_corpus.py --shape large, FILES Kubernetes files of four objects and FILES one-file
# Terraform environments, with all rules and a JSON report. It must finish with exit 0 or 1, report findings, never
# warn that the heap is nearly full of live data (HeapWatch), never run out of memory, and finish within BUDGET
# seconds of wall time. The budget is generous for any CI machine (a 2-core machine under other builds' load takes a
# fraction of it) and far below a garbage-collection loop: under the launcher's old fixed -Xmx384m, issue 18's 10,000
# Kubernetes files of four objects took 118 s instead of 15. The wall-clock budget belongs to this test only;
# netlint's own limits never depend on time.
#
# NETLINT_JAR (default cli/target/netlint.jar, which must exist) is the jar under test. FILES (default 2000) and
# BUDGET (default 60 s, for 2000 files) can be changed together. On 2 cores at load average 12, 6,000 files took
# 34 s wall and 4,000 files 25 s; an idle CI machine takes a fraction of that.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${NETLINT_JAR:-$root/cli/target/netlint.jar}"
[ -f "$jar" ] || { echo "test-no-thrash: $jar missing; build first (mvn -B -q package -DskipTests)" >&2; exit 1; }
files="${FILES:-2000}"
budget="${BUDGET:-60}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 "$root/bench/gen_corpus.py" --shape large --files "$files" --seed 42 --out "$work/corpus" >/dev/null

started="$(python3 -c "import time; print(time.monotonic())")"
set +e
NETLINT_JAR="$jar" NETLINT_CACHE_DIR="$work/cache" NETLINT_QUIET_TTY=1 "$root/scripts/netlint" \
  --format json -o "$work/report.json" "$work/corpus" 2>"$work/stderr"
status=$?
set -e
elapsed="$(python3 -c "import sys, time; print(round(time.monotonic() - float(sys.argv[1]), 1))" "$started")"

failures=0
fail() { echo "test-no-thrash: FAIL: $*" >&2; failures=$((failures + 1)); }
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
  fail "netlint exited $status (expected 0 or 1); standard error:"
  cat "$work/stderr" >&2
fi
if grep -q 'heap is .*full of live data\|out of memory\|OutOfMemoryError' "$work/stderr"; then
  fail "the run neared or ran out of its heap: $(head -c 400 "$work/stderr")"
fi
if ! python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); sys.exit(0 if r.get("findings") else 1)' \
    "$work/report.json" 2>/dev/null; then
  fail "the JSON report has no findings (the generated corpus carries mistakes netlint reports)"
fi
if python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) > float(sys.argv[2]) else 1)" "$elapsed" "$budget"; then
  fail "$((2 * files)) files took ${elapsed} s, over the ${budget} s budget (a garbage-collection loop?)"
fi
if [ "$failures" -gt 0 ]; then
  exit 1
fi
printf 'test-no-thrash: %d files (%s) in %.1f s wall, within the %d s budget, no heap warning\n' \
  "$((2 * files))" "$(du -sh "$work/corpus" | cut -f1)" "$elapsed" "$budget"
