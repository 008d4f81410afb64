#!/usr/bin/env bash
# Times each route to a first finding (docs/getting-started.md), from fresh copies of this checkout (tracked and new
# files, no target/): cold once (an empty Maven repository through MAVEN_OPTS=-Dmaven.repo.local, an empty netlint
# cache through NETLINT_CACHE_DIR; Maven Central must be reachable), then warm three times. Slow (10 to 30 minutes:
# it builds netlint five times) and needs the network, so it is not part of any test run.
#   scripts/time-routes.sh [RESULTS.tsv]        prints route, cold|warm, seconds (wall clock, /usr/bin/time -f %e)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-/dev/stdout}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
snapshot() {
  mkdir -p "$1" && (cd "$root" && git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
    [ -e "$f" ] && printf '%s\0' "$f"
  done | tar --null -T - -cf -) | tar -xf - -C "$1"
}
t() {
  local label="$1" kind="$2"
  shift 2
  /usr/bin/time -f %e "$@" >"$work/last.out" 2>"$work/last.err"
  local failed=""
  grep -q '^Command exited with non-zero status' "$work/last.err" && failed=$'\tFAILED (the route did not reach its finding)'
  printf '%s\t%s\t%s%s\n' "$label" "$kind" "$(tail -1 "$work/last.err")" "$failed" >>"$out"
}
export MAVEN_OPTS="-Dmaven.repo.local=$work/m2" NETLINT_CACHE_DIR="$work/cache" root
unset NETLINT_JAR
export -f snapshot

# CLI from a clone: scripts/install.sh (builds), then the installed netlint reports the samples' findings (exit 1).
route_cli() { snapshot "$1" && cd "$1" && scripts/install.sh --bin-dir "$1/bin" && { "$1/bin/netlint" samples/kubernetes; [ $? -eq 1 ]; }; }
export -f route_cli
t cli-install cold bash -c "route_cli $work/c0"
for i in 1 2 3; do t cli-install warm bash -c "route_cli $work/c$i"; done
for i in 1 2 3; do t cli-run-installed warm bash -c "$work/c1/bin/netlint $work/c1/samples/kubernetes; [ \$? -eq 1 ]"; done

# The Action's run step where its ref has no release: the launcher builds in the action's checkout and caches the jar.
rm -rf "$work/m2" "$NETLINT_CACHE_DIR"
route_action() { snapshot "$1" && cd "$1" && NETLINT_PATHS=samples/kubernetes NETLINT_SARIF_FILE="$1/n.sarif" scripts/github-action.sh; [ $? -eq 1 ]; }
export -f route_action
t action-build cold bash -c "route_action $work/a0"
for i in 1 2 3; do t action-cached-jar warm bash -c "route_action $work/a$i"; done

# Maven plugin: install from the clone, then samples/maven-project's mvn verify fails on its finding.
rm -rf "$work/m2"
route_maven() { snapshot "$1" && cd "$1" && mvn -B -q install -DskipTests && { mvn -B -q -f samples/maven-project/pom.xml verify; [ $? -ne 0 ]; }; }
export -f route_maven
t maven-install-verify cold bash -c "route_maven $work/m0"
for i in 1 2 3; do t maven-verify warm bash -c "cd $work/m0 && mvn -B -q -f samples/maven-project/pom.xml verify; [ \$? -ne 0 ]"; done

# pre-commit: scripts/test-pre-commit.sh prints its own times (first commit with a build, then warm runs).
rm -rf "$work/m2"
NETLINT_TEST_BUILD=1 "$root/scripts/test-pre-commit.sh" 2>&1 | grep '^test-pre-commit: first' >>"$out"
for i in 1 2; do "$root/scripts/test-pre-commit.sh" 2>&1 | grep '^test-pre-commit: first' >>"$out"; done
