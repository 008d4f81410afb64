#!/usr/bin/env bash
# Prints a short hash of everything netlint.jar is built from in this checkout (every pom.xml and src/main file), the
# key under which a built jar is cached ($NETLINT_CACHE_DIR/jars/<key>/netlint.jar): the same sources give the same
# key in any clone, and any change to them gives another. Used by scripts/netlint and the GitHub Action's cache.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
find . \( -path ./samples -o -path ./bench -o -path ./.git -o -name target -o -name node_modules \) -prune \
  -o -type f \( -name pom.xml -o -path '*/src/main/*' \) -print0 | LC_ALL=C sort -z | xargs -0 sha256sum \
  | sha256sum | cut -c1-20
