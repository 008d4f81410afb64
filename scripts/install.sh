#!/usr/bin/env bash
# Installs a `netlint` command: the launcher (scripts/netlint, or the `netlint` asset of a release) and netlint.jar
# go to LIB_DIR, and BIN_DIR/netlint links to the launcher. Needs only bash, coreutils and a JDK 17 to run netlint.
#
#   scripts/install.sh                              # from this checkout: its cli/target/netlint.jar, built if missing
#   scripts/install.sh --jar netlint-0.2.0.jar      # a release jar already downloaded; its SHA-256 is checked against
#                                                   # netlint-0.2.0.jar.sha256 next to it (or --sha256 FILE)
# Options:
#   --bin-dir DIR   where the `netlint` command goes (default: $NETLINT_BIN_DIR, else ~/.local/bin)
#   --lib-dir DIR   where the launcher and the jar go (default: DIR/../share/netlint of the bin dir)
#   --jar FILE      install this release jar instead of building (refused when its checksum does not match)
#   --sha256 FILE   the checksum file of --jar (sha256sum format; default: FILE.sha256 next to the jar)
# Installing again replaces the previous installation. It never asks for root and never downloads anything.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"

die() {
  echo "install.sh: $*" >&2
  exit 2
}

bin_dir="${NETLINT_BIN_DIR:-${HOME:?}/.local/bin}"
lib_dir=""
jar=""
sums=""
while [ $# -gt 0 ]; do
  case "$1" in
    --bin-dir) [ $# -ge 2 ] || die "--bin-dir needs a folder"; bin_dir="$2"; shift 2 ;;
    --lib-dir) [ $# -ge 2 ] || die "--lib-dir needs a folder"; lib_dir="$2"; shift 2 ;;
    --jar) [ $# -ge 2 ] || die "--jar needs a file"; jar="$2"; shift 2 ;;
    --sha256) [ $# -ge 2 ] || die "--sha256 needs a file"; sums="$2"; shift 2 ;;
    -h | --help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
[ -n "$lib_dir" ] || lib_dir="$(dirname "$bin_dir")/share/netlint"
launcher="$here/netlint"
[ -f "$launcher" ] || die "no launcher next to this script ($launcher)"

if [ -n "$jar" ]; then
  [ -f "$jar" ] || die "--jar $jar: no such file"
  [ -n "$sums" ] || sums="$jar.sha256"
  [ -f "$sums" ] || die "no checksum for $jar: put $(basename "$jar").sha256 (from the release) next to it, or pass --sha256 FILE"
  expected="$(awk 'NR == 1 { print $1 }' "$sums")"
  [[ "$expected" =~ ^[0-9a-f]{64}$ ]] || die "$sums does not start with a SHA-256 (64 hex digits)"
  actual="$(sha256sum "$jar" | cut -d' ' -f1)"
  [ "$actual" = "$expected" ] || die "checksum mismatch for $jar: expected $expected (from $sums), got $actual; not installed"
  echo "install.sh: $jar: SHA-256 verified" >&2
else
  root="$(cd "$here/.." && pwd)"
  [ -f "$root/pom.xml" ] || die "no --jar given and $root is not a netlint source checkout"
  jar="$root/cli/target/netlint.jar"
  if [ ! -f "$jar" ]; then
    echo "install.sh: building $jar (needs JDK 17; takes 1 to 3 minutes with Maven's downloads)" >&2
    if command -v mvn >/dev/null 2>&1; then maven=(mvn); else maven=("$root/mvnw"); fi
    (cd "$root" && "${maven[@]}" -q -B -ntp -Dstyle.color=never package -DskipTests -pl cli -am) >&2
  fi
fi

mkdir -p "$bin_dir" "$lib_dir"
# Copy under temporary names, then rename: a running netlint never sees a half-written jar.
cp "$jar" "$lib_dir/netlint.jar.$$" && mv -f "$lib_dir/netlint.jar.$$" "$lib_dir/netlint.jar"
cp "$launcher" "$lib_dir/netlint.$$" && chmod 755 "$lib_dir/netlint.$$" && mv -f "$lib_dir/netlint.$$" "$lib_dir/netlint"
ln -sfn "$lib_dir/netlint" "$bin_dir/netlint"

version="$("$bin_dir/netlint" --version 2>/dev/null || true)"
[ -n "$version" ] || die "installed, but '$bin_dir/netlint --version' failed: is a JDK 17 (java) on PATH?"
echo "install.sh: installed $version as $bin_dir/netlint (jar in $lib_dir)"
case ":$PATH:" in
  *":$bin_dir:"*) ;;
  *) echo "install.sh: $bin_dir is not on your PATH; add it, e.g. echo 'export PATH=\"$bin_dir:\$PATH\"' >> ~/.bashrc" ;;
esac
