#!/usr/bin/env bash
# Same input, same answer, however busy the machine (issue 13): runs netlint's HCL parser tests and parses every
# Terraform file of the shared corpus plus hostile inputs, once alone and then in COPIES parallel copies, and
# compares all outputs byte for byte (HclParserUnderLoad prints test outcomes and a digest of every tree).
#
#   scripts/test-parser-under-load.sh [CORPUS...]      # default corpus: ../shared/corpus (if present)
#
# Environment: COPIES=8, SKIP_BUILD=1 (reuse compiled test classes), MVN="mvn -o".
# Exits 0 when every output is identical and every parser test passed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
COPIES="${COPIES:-8}"
MVN="${MVN:-mvn -o}"
out="$root/linter-core/target/parser-under-load"
corpus=("$@")
if [ ${#corpus[@]} -eq 0 ] && [ -d "$root/../shared/corpus" ]; then corpus=("$(cd "$root/../shared/corpus" && pwd)"); fi

if [ -z "${SKIP_BUILD:-}" ]; then
  $MVN -B -q -pl linter-core test-compile >&2
fi
$MVN -B -q -pl linter-core org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$root/linter-core/target/test-classpath.txt" >&2
cp="$root/linter-core/target/test-classes:$root/linter-core/target/classes:$(cat "$root/linter-core/target/test-classpath.txt")"
run() { java -Xss8m -Djqwik.database="$out/jqwik-$1" -Djqwik.tries.default=200 -Djqwik.reporting.onlyfailures=true -cp "$cp" \
  dev.netlint.core.parse.hcl.HclParserUnderLoad "${corpus[@]}" > "$out/copy-$1.txt" 2> "$out/copy-$1.err"; }

rm -rf "$out" && mkdir -p "$out"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
run alone
pids=()
for i in $(seq 1 "$COPIES"); do run "$i" & pids+=("$!"); done
for pid in "${pids[@]}"; do wait "$pid"; done
echo "load average after $COPIES copies: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

status=0
for i in $(seq 1 "$COPIES"); do
  if ! cmp -s "$out/copy-alone.txt" "$out/copy-$i.txt"; then
    echo "copy $i differs from the run alone:" >&2; diff "$out/copy-alone.txt" "$out/copy-$i.txt" | head -20 >&2
    status=1
  fi
done
lines="$(wc -l < "$out/copy-alone.txt")"
failed="$(grep -c '^test FAILED\|^test ABORTED' "$out/copy-alone.txt" || true)"
tests="$(grep -c '^test ' "$out/copy-alone.txt" || true)"
if [ "$failed" != "0" ] || [ "$tests" = "0" ]; then echo "parser tests: $failed of $tests did not pass" >&2; status=1; fi
echo "$((COPIES + 1)) runs ($COPIES in parallel): $lines lines each, $tests parser tests, $failed not passed;" \
  "$( [ $status -eq 0 ] && echo 'all outputs byte-identical' || echo 'OUTPUTS DIFFER')" >&2
exit $status
