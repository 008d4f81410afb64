#!/usr/bin/env bash
# The GitHub Action's first step (action.yml): finds the release jar of the action's own ref, so the job does not
# build netlint. Kept in a script so it can be tested outside GitHub (scripts/test-github-action.sh).
#   NETLINT_ACTION_REF         the ref the workflow uses the action at (github.action_ref): v1.2.0, a branch, a SHA
#   NETLINT_ACTION_REPOSITORY  owner/name of the action (github.action_repository)
#   NETLINT_RELEASE_BASE       where release assets are (default: https://github.com/<repository>/releases/download/<ref>);
#                              a local folder works too (the test uses one)
# Step outputs (GITHUB_OUTPUT): jar=<path of the verified release jar>, or empty when the ref is no release tag or the
# release has no jar (the action then builds from source, cached by source key); key=<source key of this checkout>.
# A jar whose SHA-256 does not match the release's checksum file fails the step: it is never run, nor built around.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
output="${GITHUB_OUTPUT:-/dev/null}"
key="$("$here/source-key.sh")"
echo "key=$key" >>"$output"

ref="${NETLINT_ACTION_REF:-}"
if [[ ! "$ref" =~ ^v[0-9]+\.[0-9]+\.[0-9]+([-.][0-9A-Za-z.-]+)?$ ]]; then
  echo "netlint: action ref '${ref:-unknown}' is not a release tag; building netlint from source (cached by source)"
  echo "jar=" >>"$output"
  exit 0
fi
version="${ref#v}"
name="netlint-$version.jar"
base="${NETLINT_RELEASE_BASE:-https://github.com/${NETLINT_ACTION_REPOSITORY:-}/releases/download/$ref}"
dir="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/netlint-release-$version"
mkdir -p "$dir"

fetch() { # fetch NAME: copies or downloads one asset into $dir; fails when it is not there
  if [[ "$base" == http://* || "$base" == https://* ]]; then
    curl -fsSL --retry 3 --retry-delay 2 -o "$dir/$1" "$base/$1"
  else
    cp "$base/$1" "$dir/$1"
  fi
}

if ! fetch "$name" 2>/dev/null || ! fetch "$name.sha256" 2>/dev/null; then
  echo "netlint: no $name with its .sha256 in the release $ref; building netlint from source (cached by source)"
  echo "jar=" >>"$output"
  exit 0
fi
expected="$(awk 'NR == 1 { print $1 }' "$dir/$name.sha256")"
actual="$(sha256sum "$dir/$name" | cut -d' ' -f1)"
if [[ ! "$expected" =~ ^[0-9a-f]{64}$ ]] || [ "$actual" != "$expected" ]; then
  echo "::error title=netlint::checksum mismatch for $name of release $ref: expected '$expected', got '$actual'; not running it"
  rm -f "$dir/$name"
  exit 1
fi
echo "netlint: using release $ref ($name, SHA-256 verified)"
echo "jar=$dir/$name" >>"$output"
