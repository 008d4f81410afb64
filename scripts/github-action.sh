#!/usr/bin/env bash
# The run step of action.yml, kept in a script so it can be tested outside GitHub (scripts/test-github-action.sh).
# Inputs come as environment variables, never interpolated into shell code, so a path cannot inject commands:
#   NETLINT_PATHS       files/folders to lint, separated by whitespace or newlines (default: .)
#   NETLINT_FAIL_ON     error | warning | info | never (default: warning)
#   NETLINT_SARIF_FILE  where the SARIF report goes (default: netlint.sarif)
#   NETLINT_ARGS        extra netlint options, whitespace-separated (e.g. --cluster-ip-family ipv6)
#   NETLINT_JAR         a prebuilt netlint.jar (default: build this checkout's cli/target/netlint.jar once)
# Prints GitHub annotations (--format github) on standard output, writes SARIF, sets the step outputs
# sarif-file and exit-code, and exits with netlint's status (1 when findings reach --fail-on).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

set -f # paths are literal: no globbing of input values
read -r -d '' -a paths <<<"${NETLINT_PATHS:-.}" || true
read -r -d '' -a extra <<<"${NETLINT_ARGS:-}" || true
set +f
[ "${#paths[@]}" -gt 0 ] || paths=(.)
fail_on="${NETLINT_FAIL_ON:-warning}"
sarif="${NETLINT_SARIF_FILE:-netlint.sarif}"
mkdir -p "$(dirname -- "$sarif")"

set +e
"$here/netlint" --format github --format sarif --output "$sarif" --fail-on "$fail_on" "${extra[@]}" -- "${paths[@]}"
status=$?
set -e

if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "sarif-file=$sarif"
    echo "exit-code=$status"
  } >>"$GITHUB_OUTPUT"
fi
if [ "$status" -ge 2 ]; then
  echo "::error title=netlint::netlint could not run (exit $status); see the log above"
fi
exit "$status"
