#!/usr/bin/env bash
# Makes the assets of release VERSION in OUTDIR, as .github/workflows/release.yml attaches them to tag vVERSION:
#   netlint-VERSION.jar          the command-line jar (java -jar netlint-VERSION.jar)
#   netlint-VERSION.jar.sha256   its SHA-256, in sha256sum format (sha256sum -c netlint-VERSION.jar.sha256)
#   netlint                      the launcher (scripts/netlint): runs the netlint.jar next to it
#   install.sh                   puts a `netlint` command on the PATH from the jar (scripts/install.sh)
#
#   scripts/release.sh VERSION OUTDIR [JAR]
# JAR defaults to cli/target/netlint.jar, built with Maven when missing. The jar must report VERSION (`--version`),
# so a tag can only publish the version the poms say: bump <version> in every pom.xml before tagging.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
die() {
  echo "release.sh: $*" >&2
  exit 2
}
[ $# -ge 2 ] || die "usage: scripts/release.sh VERSION OUTDIR [JAR]"
version="${1#v}"
out="$2"
jar="${3:-$root/cli/target/netlint.jar}"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+([-.][0-9A-Za-z.-]+)?$ ]] || die "'$1' is not a version (1.2.3 or v1.2.3)"

if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -B -ntp -q package -DskipTests -pl cli -am) >&2
fi
reported="$(java -jar "$jar" --version)"
[ "$reported" = "netlint $version" ] || die "$jar reports '$reported', not 'netlint $version': set <version>$version</version> in the poms first"

mkdir -p "$out"
name="netlint-$version.jar"
cp "$jar" "$out/$name"
(cd "$out" && sha256sum "$name" >"$name.sha256")
install -m 755 "$root/scripts/netlint" "$out/netlint"
install -m 755 "$root/scripts/install.sh" "$out/install.sh"
echo "release.sh: $out: $name, $name.sha256, netlint, install.sh"
