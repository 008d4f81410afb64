#!/usr/bin/env bash
# Runs the action's shell step (scripts/github-action.sh) locally against samples/, with the environment the
# composite action gives it, and checks annotations, SARIF file, step outputs and exit codes.
# Uses NETLINT_JAR (default: cli/target/netlint.jar, which must exist).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export NETLINT_JAR="${NETLINT_JAR:-$root/cli/target/netlint.jar}"
[ -f "$NETLINT_JAR" ] || { echo "test-github-action: $NETLINT_JAR missing; build first" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "test-github-action: FAIL: $*" >&2; exit 1; }
cd "$root"

# Findings: exit 1, annotations only on standard output, SARIF written, outputs set.
set +e
GITHUB_OUTPUT="$work/output" NETLINT_PATHS="samples/kubernetes
samples/terraform" NETLINT_SARIF_FILE="$work/reports/netlint.sarif" GITHUB_ACTION_PATH="$root" \
  scripts/github-action.sh >"$work/stdout" 2>"$work/stderr"
status=$?
set -e
cat "$work/stdout"
[ "$status" -eq 1 ] || { cat "$work/stderr"; fail "exit $status, expected 1"; }
grep -q '^::error file=samples/kubernetes/bad/storefront.yaml,line=13,col=15,endLine=13,endColumn=19,title=NET001 service-nodeport-exposure::' "$work/stdout" \
  || fail "no error annotation for storefront.yaml:13:15"
grep -q '^::notice file=' "$work/stdout" || fail "no notice annotation for the info finding"
bad="$(grep -v -E '^(::(error|warning|notice) file=|netlint: )' "$work/stdout" || true)"
[ -z "$bad" ] || fail "standard output has lines that are neither annotations nor the summary: $bad"
tail -n 1 "$work/stdout" | grep -q '^netlint: .* files linted' || fail "no summary line at the end"
[ -s "$work/reports/netlint.sarif" ] || fail "no SARIF file"
grep -q '"uriBaseId" : "%SRCROOT%"' "$work/reports/netlint.sarif" || fail "SARIF paths are not relative to %SRCROOT%"
grep -q '"uri" : "samples/kubernetes/bad/storefront.yaml"' "$work/reports/netlint.sarif" || fail "SARIF lacks storefront.yaml"
grep -qx "sarif-file=$work/reports/netlint.sarif" "$work/output" || fail "no sarif-file output"
grep -qx "exit-code=1" "$work/output" || fail "no exit-code output"

# fail-on never: the step passes and still reports.
NETLINT_PATHS=samples NETLINT_FAIL_ON=never NETLINT_SARIF_FILE="$work/b.sarif" scripts/github-action.sh >"$work/stdout2" \
  || fail "fail-on never did not pass"
grep -q '^::error ' "$work/stdout2" || fail "fail-on never lost the annotations"

# Extra args reach netlint; a path is never globbed or split into commands.
set +e
NETLINT_PATHS='samples/kubernetes/bad/*.yaml' NETLINT_SARIF_FILE="$work/c.sarif" scripts/github-action.sh >"$work/stdout3" 2>"$work/stderr3"
status=$?
set -e
[ "$status" -eq 2 ] || fail "a glob path was expanded (exit $status, expected the usage error 2)"
grep -q '^::error title=netlint::netlint could not run (exit 2)' "$work/stdout3" || fail "usage error not annotated"
NETLINT_PATHS=samples/kubernetes/bad NETLINT_ARGS="--disable NET001,NET003,NET004" NETLINT_SARIF_FILE="$work/d.sarif" \
  scripts/github-action.sh >"$work/stdout4" || fail "--disable of every finding rule still failed"

echo "test-github-action: OK"
