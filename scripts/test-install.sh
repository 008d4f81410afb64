#!/usr/bin/env bash
# End-to-end test of the install routes in a temporary prefix, as the README documents them:
#   1. a release: scripts/release.sh makes the assets, install.sh --jar installs the downloaded jar after checking its
#      SHA-256 (a jar that does not match is refused), and `netlint` on the PATH reports a finding;
#   2. this checkout: install.sh without --jar installs cli/target/netlint.jar.
# Uses NETLINT_JAR (default: cli/target/netlint.jar, which must exist). Prints how long each install took.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${NETLINT_JAR:-$root/cli/target/netlint.jar}"
[ -f "$jar" ] || { echo "test-install: $jar missing; build first (mvn -B -q package -DskipTests)" >&2; exit 1; }
unset NETLINT_JAR
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "test-install: FAIL: $*" >&2; exit 1; }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

version="$(java -jar "$jar" --version | cut -d' ' -f2)"
"$root/scripts/release.sh" "$version" "$work/download" "$jar" >/dev/null
[ -f "$work/download/netlint-$version.jar.sha256" ] || fail "release.sh made no checksum file"
(cd "$work/download" && sha256sum -c --quiet "netlint-$version.jar.sha256") || fail "the release checksum does not verify"
"$root/scripts/release.sh" "0.0.0-not-this" "$work/wrong" "$jar" 2>"$work/wrong.err" && fail "release.sh published a jar under another version"
grep -q "reports 'netlint $version', not 'netlint 0.0.0-not-this'" "$work/wrong.err" || fail "no clear version mismatch message"

# 1. From the downloaded release, with the install.sh of the release, into a prefix that is then put on PATH.
prefix="$work/home/.local"
started=$(date +%s%N)
# The command is the README's (its block marked covered-by scripts/test-install.sh), for this version, with HOME in
# the temporary folder so that its default ~/.local/bin is $prefix/bin.
readme_install="$(awk '/<!-- covered-by: scripts\/test-install.sh -->/ { marked = 1; next }
  marked && /^```sh/ { inside = 1; next } inside { print; exit }' "$root/README.md" | sed 's/ *#.*//')"
[[ "$readme_install" =~ ^bash\ install\.sh\ --jar\ netlint-[0-9][^\ ]*\.jar$ ]] \
  || fail "README.md's install command is not 'bash install.sh --jar netlint-<version>.jar': '$readme_install'"
readme_install="$(sed -E "s/netlint-[0-9][^ ]*\.jar/netlint-$version.jar/" <<<"$readme_install")"
(cd "$work/download" && env -u NETLINT_BIN_DIR HOME="$work/home" bash -c "$readme_install") >"$work/install.out" 2>&1 \
  || { cat "$work/install.out"; fail "install from the release failed"; }
release_ms=$(ms "$started")
cat "$work/install.out"
grep -q "SHA-256 verified" "$work/install.out" || fail "the checksum was not checked"
grep -q "installed netlint $version as $prefix/bin/netlint" "$work/install.out" || fail "no install message"
[ -x "$prefix/share/netlint/netlint" ] && [ -f "$prefix/share/netlint/netlint.jar" ] || fail "launcher or jar not in share/netlint"
cat >"$work/web.yaml" <<'YAML'
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  type: NodePort
  ports: [{port: 80}]
YAML
set +e
output="$(cd "$work" && PATH="$prefix/bin:$PATH" netlint web.yaml)"
status=$?
set -e
echo "$output"
[ "$status" -eq 1 ] || fail "netlint from the PATH exited $status, expected 1"
grep -q '^web.yaml:5:9: warning: Service shop/web is exposed' <<<"$output" || fail "no NET001 finding from the installed netlint"

# A jar that does not match its checksum is refused and the installation stays as it was.
cp "$work/download/netlint-$version.jar" "$work/tampered.jar"
printf 'x' >>"$work/tampered.jar"
cp "$work/download/netlint-$version.jar.sha256" "$work/tampered.jar.sha256"
"$work/download/install.sh" --jar "$work/tampered.jar" --bin-dir "$prefix/bin" 2>"$work/tampered.err" && fail "a tampered jar was installed"
grep -q "checksum mismatch" "$work/tampered.err" || fail "no checksum mismatch message"
cmp -s "$prefix/share/netlint/netlint.jar" "$work/download/netlint-$version.jar" || fail "a refused jar replaced the installed one"
"$work/download/install.sh" --jar "$work/download/netlint-$version.jar" --sha256 "$work/none.sha256" --bin-dir "$prefix/bin" \
  2>"$work/nosum.err" && fail "a jar without checksum was installed"
grep -q "no checksum for" "$work/nosum.err" || fail "no message about the missing checksum"

# 2. From this checkout (its built jar), into another prefix given with NETLINT_BIN_DIR.
work_jar="$root/cli/target/netlint.jar"
if [ -f "$work_jar" ]; then
  started=$(date +%s%N)
  NETLINT_BIN_DIR="$work/other/bin" "$root/scripts/install.sh" >"$work/install2.out" 2>&1 || { cat "$work/install2.out"; fail "install from the checkout failed"; }
  checkout_ms=$(ms "$started")
  grep -q "is not on your PATH" "$work/install2.out" || fail "no PATH hint for a bin folder outside PATH"
  [ "$("$work/other/bin/netlint" --version)" = "netlint $version" ] || fail "the checkout install does not run"
  echo "test-install: install from the checkout ${checkout_ms} ms"
fi
echo "test-install: install from the release ${release_ms} ms (verify, copy, first run)"
echo "test-install: OK"
