#!/usr/bin/env bash
# Heap-capped runs of the jar on the exhaustion cases of issue 12 ("Budgets, not luck"), each built here at its
# reported size. Every case runs under the old launcher's -Xmx384m, and must finish with exit 1 (its finding) or 0,
# with the expected limit-exceeded findings, no Java stack trace and no OutOfMemoryError; the table printed at the
# end gives wall time and peak resident memory (GNU time). Then the launcher itself, and a heap too small on
# purpose, which must end in one line of advice, not a stack trace. The fast, in-process versions of these cases
# are HostileBudgetsTest (rules) and the loaders' tests; this script is for CI (.ci/run), about a minute.
#
# NETLINT_JAR (default cli/target/netlint.jar, which must exist) is the jar under test. The timeout per run is a hang
# guard for CI (every case takes a few seconds), not a measurement; netlint's own limits never depend on time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${NETLINT_JAR:-$root/cli/target/netlint.jar}"
[ -f "$jar" ] || { echo "test-hostile-budgets: $jar missing; build first (mvn -B -q package -DskipTests)" >&2; exit 1; }
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "test-hostile-budgets: FAIL: $*" >&2; failures=$((failures + 1)); }

# A security group NET026 flags (the NodePort range open to the internet), so "the rest is still linted" shows.
group() { # name, extra meta-argument line
  printf 'resource "aws_security_group" "%s" {\n%s  ingress {\n    from_port   = 30000\n    to_port     = 32767\n' "$1" "$2"
  printf '    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n'
}

# 1. count = 10000 on 100 blocks, an 18 KB file (once 94 s, 2.8 GB, a 672 MB report)
mkdir -p "$work/tf-count"
for ((i = 0; i < 100; i++)); do group "g$i" '  count = 10000
'; done > "$work/tf-count/main.tf"

# 2. nested count = 1000 over 4 module levels (once 6.3 GB, then killed)
d="$work/tf-modules"
mkdir -p "$d/l1/l2/l3/l4"
for level in "" l1/ l1/l2/ l1/l2/l3/; do
  next="$(printf '%s' "$level" | tr -cd '/' | wc -c)"
  printf 'module "m" {\n  source = "./l%d"\n  count  = 1000\n}\n' $((next + 1)) > "$d/${level}main.tf"
done
group root "" >> "$d/main.tf"
group deep "" > "$d/l1/l2/l3/l4/main.tf"

# 3. a billion laughs through locals, depth 8 (once an OutOfMemoryError stack trace under -Xmx384m)
d="$work/tf-laughs"
mkdir -p "$d"
{
  printf 'locals {\n  a0 = "lol"\n'
  for ((k = 1; k <= 8; k++)); do
    printf '  a%d = [' "$k"
    for ((j = 0; j < 10; j++)); do printf 'local.a%d, ' $((k - 1)); done
    printf ']\n'
  done
  printf '}\nresource "aws_security_group" "laughs" {\n  description = jsonencode(local.a8)\n  ingress {\n'
  printf '    from_port   = 30000\n    to_port     = 32767\n    protocol    = "tcp"\n'
  printf '    cidr_blocks = flatten(local.a8)\n  }\n}\n'
  group plain ""
} > "$d/main.tf"

# 4. YAML: one 9.5 MB scalar (once 65 s: quadratic reading)
d="$work/yaml-scalar"
mkdir -p "$d"
{ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  key: '
  head -c 9500000 /dev/zero | tr '\0' a; printf '\n'; } > "$d/big.yaml"

# 5. YAML: a List of 70,000 Services (once 1.4 GB, an OutOfMemoryError under -Xmx384m)
d="$work/yaml-list"
mkdir -p "$d"
{ printf 'apiVersion: v1\nkind: List\nitems:\n'
  for ((i = 0; i < 70000; i++)); do
    printf -- '- apiVersion: v1\n  kind: Service\n  metadata:\n    name: s%d\n  spec:\n    type: NodePort\n' "$i"
    printf '    ports:\n    - port: 80\n'
  done; } > "$d/list.yaml"
printf 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n  ports:\n  - port: 80\n' \
  > "$d/web.yaml"

# 6. a plan JSON beside a 935 KB .tf full of `resource` lines in a comment (once 79 s; 3 s without the plan)
d="$work/plan"
mkdir -p "$d"
{ group g ""; printf '/*\n'; for ((i = 0; i < 55000; i++)); do printf 'resource "a" "b"\n'; done; printf '*/\n'; } \
  > "$d/main.tf"
cat > "$d/plan.json" <<'JSON'
{"format_version": "1.2", "planned_values": {"root_module": {"resources": [
  {"address": "aws_security_group.g", "mode": "managed", "type": "aws_security_group", "name": "g",
   "values": {"ingress": [{"from_port": 30000, "to_port": 32767, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}]}}]}}}
JSON

# 7. 10,000 instances each copying a list of 1,000 addresses into the model (the evaluation-step budget)
d="$work/tf-copies"
mkdir -p "$d"
{
  printf 'locals {\n  a0 = "10.0.0.0/8"\n'
  for ((k = 1; k <= 3; k++)); do
    printf '  a%d = [' "$k"
    for ((j = 0; j < 10; j++)); do printf 'local.a%d, ' $((k - 1)); done
    printf ']\n'
  done
  printf '}\n'
  for ((i = 0; i < 10; i++)); do
    printf 'resource "aws_security_group" "g%d" {\n  count = 1000\n  ingress {\n    from_port   = 30000\n' "$i"
    printf '    to_port     = 32767\n    protocol    = "tcp"\n    cidr_blocks = flatten(local.a3)\n  }\n}\n'
  done
} > "$d/main.tf"

have_time=""
if /usr/bin/time -v true >/dev/null 2>&1; then have_time=1; fi
rows=()

# run NAME TARGET LIMITS NET026 [JVM options...]: expected limit-exceeded and NET026 findings in the JSON report
run() {
  local name="$1" target="$2" limits="$3" net026="$4"
  shift 4
  local out="$work/$name.json" err="$work/$name.err" rc=0
  local timed=()
  [ -n "$have_time" ] && timed=(/usr/bin/time -v -o "$work/$name.time")
  timeout 120 "${timed[@]}" "$java_cmd" "$@" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" \
    --format json -o "$out" "$target" >/dev/null 2>"$err" || rc=$?
  local wall="-" rss="-"
  if [ -n "$have_time" ] && [ -f "$work/$name.time" ]; then
    wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$work/$name.time")"
    rss="$(awk -F': ' '/Maximum resident set size/ { printf "%d MB", $2 / 1024 }' "$work/$name.time")"
  fi
  rows+=("$(printf '%-14s %10s %10s  exit %s' "$name" "$wall" "$rss" "$rc")")
  if [ "$rc" -ne 1 ]; then fail "$name: exit $rc, expected 1 (findings); stderr: $(head -c 400 "$err")"; return; fi
  if grep -qE 'OutOfMemoryError|Exception|^[[:space:]]+at ' "$err"; then fail "$name: stack trace or error: $(head -c 400 "$err")"; fi
  local got_limits got_net026
  got_limits="$(grep -c '"ruleId": "limit-exceeded"' "$out" || true)"
  got_net026="$(grep -c '"ruleId": "NET026"' "$out" || true)"
  [ "$got_limits" = "$limits" ] || fail "$name: $got_limits limit-exceeded findings, expected $limits"
  [ "$got_net026" = "$net026" ] || fail "$name: $got_net026 NET026 findings, expected $net026"
}

run tf-count "$work/tf-count" 100 100 -Xmx384m
run tf-modules "$work/tf-modules" 1 1 -Xmx384m
run tf-laughs "$work/tf-laughs" 1 1 -Xmx384m
run yaml-scalar "$work/yaml-scalar" 1 0 -Xmx384m
run yaml-list "$work/yaml-list" 1 0 -Xmx384m
run plan "$work/plan/plan.json" 0 1 -Xmx384m
run tf-copies "$work/tf-copies" 1 0 -Xmx384m

# The launcher (as the pre-commit hook and the Action run it): sized from the machine, and clean on a hostile tree.
rc=0
NETLINT_JAR="$jar" NETLINT_CDS=0 "$root/scripts/netlint" --format json -o "$work/launcher.json" "$work/tf-laughs" \
  >/dev/null 2>"$work/launcher.err" || rc=$?
[ "$rc" -eq 1 ] || fail "launcher: exit $rc, expected 1; stderr: $(head -c 400 "$work/launcher.err")"
[ -s "$work/launcher.err" ] && fail "launcher: wrote to stderr: $(head -c 400 "$work/launcher.err")"

# A heap too small on purpose: one line of advice on standard error, exit 3, never a stack trace.
rc=0
timeout 120 "$java_cmd" -Xmx16m -XX:+UseSerialGC -jar "$jar" --format json -o "$work/small.json" "$work/yaml-list" \
  >/dev/null 2>"$work/small.err" || rc=$?
if grep -qE '^[[:space:]]+at |Exception in thread' "$work/small.err"; then
  fail "small heap: stack trace: $(head -c 400 "$work/small.err")"
fi
if [ "$rc" -eq 3 ]; then
  grep -q '^netlint: out of memory: .*Raise it: NETLINT_JAVA_OPTS=-Xmx' "$work/small.err" \
    || fail "small heap: exit 3 without the advice: $(head -c 400 "$work/small.err")"
elif [ "$rc" -ne 1 ]; then
  fail "small heap: exit $rc; stderr: $(head -c 400 "$work/small.err")"
fi
rows+=("$(printf '%-14s %10s %10s  exit %s (%s)' small-heap - - "$rc" "$(head -c 60 "$work/small.err")")")

printf '%-14s %10s %10s\n' case wall peak-rss
printf '%s\n' "${rows[@]}"
if [ "$failures" -ne 0 ]; then
  echo "test-hostile-budgets: $failures failure(s)" >&2
  exit 1
fi
echo "test-hostile-budgets: all cases refused within their budgets"
