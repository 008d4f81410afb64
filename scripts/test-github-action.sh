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

# The README's workflow, as a user pastes it: every `with:` input of the netlint step is an input of action.yml that
# the run step receives, the upload step reads the SARIF file the netlint step writes, and the run step with exactly
# those inputs reports the tour's NodePort Service (k8s/web.yaml) in a user's checkout.
workflow="$(awk '/<!-- covered-by: scripts\/test-github-action.sh -->/ { marked = 1; next }
  marked && /^```yaml/ { inside = 1; next } inside && /^```/ { exit } inside { print }' "$root/README.md")"
[ -n "$workflow" ] || fail "README.md has no workflow marked covered-by scripts/test-github-action.sh"
grep -q 'uses: <owner>/netlint@' <<<"$workflow" || fail "the README's workflow does not use the action"
# The netlint step's `with:` block: from its `uses:` line to the next step, without comments.
inputs="$(awk '/uses: <owner>\/netlint@/ { step = 1; next } step && /^ *- / { exit }
  step && /^ *with:/ { with = 1; next } step && with { sub(/#.*/, ""); if ($0 ~ /[^ ]/) print }' <<<"$workflow")"
[ -n "$inputs" ] || fail "the README's netlint step has no with: inputs"
declare -A readme_input=()
while IFS= read -r entry; do
  name="$(sed -E 's/^ *([a-z-]+):.*/\1/' <<<"$entry")"
  value="$(sed -E 's/^ *[a-z-]+: *//; s/ *$//' <<<"$entry")"
  grep -qE "^  $name:\$" "$root/action.yml" || fail "the README's workflow sets '$name', which is not an input of action.yml"
  readme_input[$name]="$value"
done <<<"$inputs"
for name in paths fail-on sarif-file args; do
  var="NETLINT_$(tr 'a-z-' 'A-Z_' <<<"$name")"
  grep -qF "$var: \${{ inputs.$name }}" "$root/action.yml" || fail "action.yml does not pass input $name to the run step as $var"
done
sarif_upload="$(sed -nE 's/^ *sarif_file: *([^ #]+).*/\1/p' <<<"$workflow")"
[ "$sarif_upload" = "${readme_input[sarif-file]:-netlint.sarif}" ] \
  || fail "the README's upload step reads '$sarif_upload', the netlint step writes '${readme_input[sarif-file]:-netlint.sarif}'"
user="$work/user-checkout"
mkdir -p "$user/k8s"
cat >"$user/k8s/web.yaml" <<'YAML'
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  type: NodePort
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080}]
YAML
set +e
(cd "$user" && GITHUB_OUTPUT="$work/readme-output" NETLINT_PATHS="${readme_input[paths]:-.}" \
  NETLINT_FAIL_ON="${readme_input[fail-on]:-warning}" NETLINT_SARIF_FILE="${readme_input[sarif-file]:-netlint.sarif}" \
  NETLINT_ARGS="${readme_input[args]:-}" "$root/scripts/github-action.sh" >"$work/readme-stdout" 2>"$work/readme-stderr")
status=$?
set -e
[ "$status" -eq 1 ] || { cat "$work/readme-stdout" "$work/readme-stderr"; fail "the README's workflow inputs: exit $status, expected 1"; }
grep -q '^::warning file=k8s/web.yaml,line=5,col=9,.*title=NET001 service-nodeport-exposure::' "$work/readme-stdout" \
  || { cat "$work/readme-stdout"; fail "the README's workflow inputs: no NET001 annotation for k8s/web.yaml:5:9"; }
[ -s "$user/$sarif_upload" ] || fail "the README's workflow inputs: no SARIF at $sarif_upload for the upload step"

# The jar step (scripts/action-jar.sh) at a release tag: the release's jar is used once its SHA-256 matches. A local
# folder stands in for the GitHub release (NETLINT_RELEASE_BASE); its assets are made by scripts/release.sh.
version="$(java -jar "$NETLINT_JAR" --version | cut -d' ' -f2)"
scripts/release.sh "$version" "$work/release" "$NETLINT_JAR" >/dev/null
started=$(date +%s%N)
GITHUB_OUTPUT="$work/jar-output" RUNNER_TEMP="$work/runner" NETLINT_ACTION_REF="v$version" \
  NETLINT_RELEASE_BASE="$work/release" scripts/action-jar.sh >"$work/jar-stdout" || fail "the jar step failed"
jar_ms=$(( ($(date +%s%N) - started) / 1000000 ))
release_jar="$(sed -n 's/^jar=//p' "$work/jar-output")"
[ "$release_jar" = "$work/runner/netlint-release-$version/netlint-$version.jar" ] || fail "release jar not used: '$release_jar'"
grep -q "SHA-256 verified" "$work/jar-stdout" || fail "the jar step does not say it verified the checksum"
grep -qE '^key=[0-9a-f]{20}$' "$work/jar-output" || fail "no source key output"
# The run step with that jar, as action.yml passes it.
NETLINT_JAR="$release_jar" NETLINT_PATHS=samples/kubernetes/bad NETLINT_SARIF_FILE="$work/e.sarif" \
  GITHUB_OUTPUT="$work/output5" scripts/github-action.sh >"$work/stdout5" && fail "findings did not fail the step"
grep -qx "exit-code=1" "$work/output5" || fail "the run step with the release jar did not report its findings"

# A jar that does not match its checksum is refused: the step fails and the jar is not left for the run step.
mkdir -p "$work/tampered" && cp "$work/release/"* "$work/tampered/"
printf 'x' >>"$work/tampered/netlint-$version.jar"
if GITHUB_OUTPUT="$work/jar-output2" RUNNER_TEMP="$work/runner2" NETLINT_ACTION_REF="v$version" \
  NETLINT_RELEASE_BASE="$work/tampered" scripts/action-jar.sh >"$work/jar-stdout2"; then
  fail "a jar with a wrong checksum was accepted"
fi
grep -q '^::error title=netlint::checksum mismatch' "$work/jar-stdout2" || fail "no checksum error annotation"
grep -q '^jar=.' "$work/jar-output2" && fail "a tampered jar was passed on"
[ ! -e "$work/runner2/netlint-release-$version/netlint-$version.jar" ] || fail "the tampered jar was left behind"

# No release for the ref (a branch, or a tag without assets): empty jar output, so action.yml builds from source.
GITHUB_OUTPUT="$work/jar-output3" NETLINT_ACTION_REF=main scripts/action-jar.sh >/dev/null || fail "a branch ref failed"
grep -qx 'jar=' "$work/jar-output3" || fail "a branch ref did not fall back to building"
GITHUB_OUTPUT="$work/jar-output4" RUNNER_TEMP="$work/runner4" NETLINT_ACTION_REF=v9.9.9 NETLINT_RELEASE_BASE="$work/none" \
  scripts/action-jar.sh >/dev/null || fail "a tag without release assets failed"
grep -qx 'jar=' "$work/jar-output4" || fail "a tag without release assets did not fall back to building"

# The fallback's cache: a jar built from the same sources, restored into ~/.cache/netlint/jars/<key>/ by
# actions/cache, is run without building (a build would need Maven; here the checkout has no cli/target jar).
key="$(sed -n 's/^key=//p' "$work/jar-output3")"
copy="$work/action-checkout"
mkdir -p "$copy" && (git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
  [ -e "$f" ] && printf '%s\0' "$f"
done | tar --null -T - -cf -) | tar -xf - -C "$copy"
[ "$("$copy/scripts/source-key.sh")" = "$key" ] || fail "a copy of the same sources has another source key"
mkdir -p "$work/cache/jars/$key" && cp "$NETLINT_JAR" "$work/cache/jars/$key/netlint.jar"
started=$(date +%s%N)
NETLINT_CACHE_DIR="$work/cache" NETLINT_JAR= "$copy/scripts/netlint" --version >"$work/cached-version" 2>&1 \
  || { cat "$work/cached-version"; fail "the cached jar was not used"; }
cached_ms=$(( ($(date +%s%N) - started) / 1000000 ))
grep -qx "netlint $version" "$work/cached-version" || fail "the cached jar was not used: $(cat "$work/cached-version")"
grep -q building "$work/cached-version" && fail "it built although the cache held the jar"

echo "test-github-action: release jar step ${jar_ms} ms; cached jar start ${cached_ms} ms"
echo "test-github-action: OK"
