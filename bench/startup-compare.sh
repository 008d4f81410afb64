#!/usr/bin/env bash
# Start-up of two netlint jars on the same one-file input, runs interleaved so that machine load hits both alike:
#
#   bench/startup-compare.sh OLD.jar NEW.jar [FILE] [RUNS]
#
# FILE defaults to samples/rules/NET001/bad/example.yaml, RUNS to 21. Prints, per jar, the median and best wall
# time and CPU time (user + sys) of `java -jar JAR FILE`, and the load average before and after. Build the old jar
# from a worktree of the older commit with `mvn -B -q -o package -DskipTests` (package, not install, so that the
# local Maven repository keeps the current snapshots).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
old="${1:?old jar}"; new="${2:?new jar}"
file="${3:-$root/samples/rules/NET001/bad/example.yaml}"
runs="${4:-21}"
times="$(mktemp)"; trap 'rm -f "$times"' EXIT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$runs"); do
  for which in old new; do
    jar="$old"; [ "$which" = new ] && jar="$new"
    /usr/bin/time -f "$which %e %U %S" -a -o "$times" java -jar "$jar" "$file" >/dev/null 2>&1 || true
  done
done
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
for which in old new; do
  grep "^$which " "$times" | awk '{ printf "%s %s\n", $2, $3 + $4 }' > "$times.$which"
  wall="$(cut -d' ' -f1 "$times.$which" | sort -n)"; cpu="$(cut -d' ' -f2 "$times.$which" | sort -n)"
  n="$(wc -l < "$times.$which")"; mid=$(( (n + 1) / 2 ))
  printf '%s: %d runs, wall median %s s (best %s s), CPU median %s s (best %s s)\n' "$which" "$n" \
    "$(sed -n "${mid}p" <<< "$wall")" "$(head -1 <<< "$wall")" "$(sed -n "${mid}p" <<< "$cpu")" "$(head -1 <<< "$cpu")"
  rm -f "$times.$which"
done
