#!/usr/bin/env bash
# The HCL parser benchmark of issue 13, one command: netlint's own HCL parser against the HCL4j-based loader it
# replaced (kept in the bench module only), in the same run, on the same generated Terraform files.
#
#   bench/hcl-parser.sh
#
# Environment (all optional):
#   TF_FILES=10000   Terraform files in the corpus (bench/gen_corpus.py --files 2×TF_FILES, its terraform/ half)
#   SEED=42          corpus generator seed
#   RUNS=3           measured whole-process runs per parser (after one warm-up); medians are reported
#   PASSES=10        in-process passes over all files per parser; the last half are measured (MB/s)
#   SKIP_BUILD=1     reuse bench/target/benchmarks.jar (default: mvn -Pbench package)
#   MVN="mvn -o"     how to run Maven
#
# Output: a Markdown table on standard output and in bench/target/hcl-parser.md; raw lines in
# bench/target/hcl-parser.jsonl. Whole process = JVM start, reading every file, parsing each once on one thread.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

TF_FILES="${TF_FILES:-10000}"
SEED="${SEED:-42}"
RUNS="${RUNS:-3}"
PASSES="${PASSES:-10}"
MVN="${MVN:-mvn}"
java17="${JAVA_HOME:+$JAVA_HOME/bin/}java"
out="$root/bench/target"
jar="$out/benchmarks.jar"
raw="$out/hcl-parser.jsonl"
log() { printf '%s\n' "hcl-parser: $*" >&2; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
if [ -z "${SKIP_BUILD:-}" ]; then
  log "building (mvn -Pbench package -pl bench -am)"
  $MVN -B -q package -DskipTests -Pbench -pl bench -am >&2
fi
corpus="$out/corpus-tf-$TF_FILES"
if [ ! -f "$corpus/.seed-$SEED" ]; then
  python3 bench/gen_corpus.py --files "$((TF_FILES * 2))" --seed "$SEED" --out "$corpus" >&2
  touch "$corpus/.seed-$SEED"
fi
tf="$corpus/terraform"

: > "$raw"
for parser in old new; do
  log "$parser: whole process ($RUNS runs)"
  python3 bench/measure.py --name "hcl/$parser/process" --warmup 1 --runs "$RUNS" -- \
    "$java17" -Xmx384m -XX:+UseSerialGC -cp "$jar" dev.netlint.bench.HclParserBench "$parser" "$tf" >> "$raw"
done
for parser in old new; do
  log "$parser: in process ($PASSES passes)"
  "$java17" -Xmx384m -XX:+UseSerialGC -cp "$jar" dev.netlint.bench.HclParserBench "$parser" "$tf" "$PASSES" >> "$raw"
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$raw" "$load_before" "$load_after" "$java17" <<'PY' | tee "$out/hcl-parser.md"
import json, os, subprocess, sys
raw, before, after, java = sys.argv[1:5]
rows = [json.loads(line) for line in open(raw)]
process = {r["name"].split("/")[1]: r for r in rows if "name" in r}
inproc = {r["parser"]: r for r in rows if "parser" in r}
jv = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
print(f"{os.cpu_count()} cores, {jv}; load average before {before}, after {after}.")
print(f"Corpus: {inproc['new']['files']} generated .tf files, {inproc['new']['mb']:.1f} MB of characters.")
print()
print("| Parser | Whole process wall s | CPU s | Peak RSS MB | In process MB/s | Files not parsed |")
print("|---|---:|---:|---:|---:|---:|")
for name, label in (("old", "HCL4j 0.9.8 lexer + netlint's converter (before issue 13)"), ("new", "netlint's own parser")):
    p, i = process[name], inproc[name]
    print(f"| {label} | {p['wall_s']:.2f} | {p['cpu_s']:.2f} | {p['rss_mb']:.0f} | {i['mb_per_s']:.1f} | {i['failed']} |")
PY
