#!/usr/bin/env bash
# netlint's benchmark, one command (issue 6):
#
#   bench/run.sh                       # build, generate the corpora, run all three scenarios, print the table
#
# Environment (all optional):
#   FILES="1000 10000"   corpus sizes for the bulk scenario (total files: half Kubernetes, half Terraform)
#   SEED=42              corpus generator seed (same seed, same files)
#   RUNS=10 WARMUP=2     measured and warm-up runs of each start-up (pre-commit) command; medians are reported
#   BULK_RUNS=3          measured runs of each bulk command (after one warm-up)
#   JDK25=/path          a JDK 25+ for the AOT-cache rows (default: /usr/lib/jvm/temurin-25* when present; "" skips)
#   SKIP_BUILD=1         reuse cli/target/netlint.jar and bench/target/ (default: build with mvn -Pbench)
#   SKIP_JMH=1           skip the JMH scenarios (parse-only in process, rules only)
#   MVN="mvn -o"         how to run Maven
#   LARGE_FILES=10000    size of the large-shape corpus (gen_corpus.py --shape large: that many Kubernetes files of
#                        four objects and that many Terraform files); "" skips scenario 4
#   LARGE_RUNS=1         measured runs of each scenario-4 command (no warm-up: the files are in the page cache)
#
# Output: the Markdown table on standard output and in bench/target/results.md; raw numbers in
# bench/target/results.jsonl and bench/target/jmh-*.json. Run it on an otherwise idle machine: the load average
# before and after is printed with the table so noisy figures can be recognised.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

FILES="${FILES:-1000 10000}"
SEED="${SEED:-42}"
RUNS="${RUNS:-10}"
WARMUP="${WARMUP:-2}"
BULK_RUNS="${BULK_RUNS:-3}"
LARGE_FILES="${LARGE_FILES-10000}"
LARGE_RUNS="${LARGE_RUNS:-1}"
MVN="${MVN:-mvn}"
if [ -z "${JDK25+set}" ]; then
  JDK25="$(ls -d /usr/lib/jvm/temurin-25* /usr/lib/jvm/*jdk-25* 2>/dev/null | head -1 || true)"
fi
java17="${JAVA_HOME:+$JAVA_HOME/bin/}java"
out="$root/bench/target"
jar="$root/cli/target/netlint.jar"
cds="$out/cds"
results="$out/results.jsonl"
log() { printf '%s\n' "bench: $*" >&2; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

# 1. Build: netlint.jar through the reactor, the bench module (parse-only floor, JMH) with -Pbench, Hello alone.
if [ -z "${SKIP_BUILD:-}" ]; then
  log "building (mvn -Pbench package)"
  $MVN -B -q package -DskipTests -Pbench >&2
fi
mkdir -p "$out/hello" "$cds"
javac --release 17 -d "$out/hello" bench/src/hello/Hello.java
# The floors' classes as a jar: the JVM refuses to dump a class-data-sharing archive with a non-empty directory on the
# class path, so with "$out/classes" the floors' AppCDS rows silently ran without an archive.
(cd "$out/classes" && jar cf "$out/bench-classes.jar" .)
parse_cp="$jar:$out/bench-classes.jar"

# 2. Corpora: one per size, plus a small one whose first Service file and first Terraform folder are the
#    pre-commit input.
for n in 10 $FILES; do
  if [ ! -f "$out/corpus-$n/.seed-$SEED" ]; then
    python3 bench/gen_corpus.py --files "$n" --seed "$SEED" --out "$out/corpus-$n" >&2
    touch "$out/corpus-$n/.seed-$SEED"
  fi
done
for n in $LARGE_FILES; do
  if [ ! -f "$out/corpus-large-$n/.seed-$SEED" ]; then
    python3 bench/gen_corpus.py --shape large --files "$n" --seed "$SEED" --out "$out/corpus-large-$n" >&2
    touch "$out/corpus-large-$n/.seed-$SEED"
  fi
done
pc_k8s="$out/corpus-10/k8s/team02/app-00002.yaml"   # a Deployment, an NLB Service, an Ingress, a ConfigMap
pc_tf="$out/corpus-10/terraform/env-00000"          # VPC, subnets, security groups, cluster, node groups, ...

QUICK="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"   # the launcher's JIT and GC flags (scripts/netlint)
BULK="-Xmx384m $QUICK"                              # all the launcher's flags, for the floor and netlint alike

# Application class-data-sharing archives, trained like the launcher trains them (a run over samples/).
train() { # train JAVA ARCHIVE "OPTS" MAIN-ARGS...
  local java="$1" archive="$2" opts="$3"; shift 3
  # An archive belongs to one jar: one older than the jar (or the bench classes) would be ignored silently.
  [ -f "$archive" ] && [ "$archive" -nt "$jar" ] && [ "$archive" -nt "$out/benchmarks.jar" ] && return 0
  rm -f "$archive"
  local flag=-XX:ArchiveClassesAtExit=
  if "$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then flag=-XX:AOTCacheOutput=; fi
  # shellcheck disable=SC2086
  (cd "$root/samples" && "$java" $opts "$flag$archive" -Xlog:cds=off -Xlog:cds+dynamic=off "$@") >/dev/null 2>&1 || true
}
use_archive() { # use_archive ARCHIVE -> the option that maps it
  case "$1" in *.aot) echo "-XX:AOTCache=$1 -Xlog:aot=off -Xlog:cds=off" ;; *) echo "-XX:SharedArchiveFile=$1 -Xlog:cds=off" ;; esac
}
train "$java17" "$cds/netlint-17-default.jsa" "" -jar "$jar" --fail-on never kubernetes terraform
train "$java17" "$cds/netlint-17-quick.jsa" "$QUICK" -jar "$jar" --fail-on never kubernetes terraform
train "$java17" "$cds/parse-17-quick.jsa" "$QUICK" -cp "$parse_cp" dev.netlint.bench.ParseOnly kubernetes terraform
train "$java17" "$cds/registry-17-quick.jsa" "$QUICK" -cp "$parse_cp" dev.netlint.bench.RegistryOnly
train "$java17" "$cds/bare-17-quick.jsa" "$QUICK" -cp "$parse_cp" dev.netlint.bench.BareFloor scan kubernetes
if [ -n "$JDK25" ]; then
  train "$JDK25/bin/java" "$cds/netlint-25-quick.aot" "$QUICK" -jar "$jar" --fail-on never kubernetes terraform
  train "$JDK25/bin/java" "$cds/parse-25-quick.aot" "$QUICK" -cp "$parse_cp" dev.netlint.bench.ParseOnly kubernetes terraform
fi

: > "$results"
measure() { # measure NAME WARMUP RUNS COMMAND...
  local name="$1" warmup="$2" runs="$3"; shift 3
  log "$name"
  python3 bench/measure.py --name "$name" --warmup "$warmup" --runs "$runs" -- "$@" >> "$results"
}

# 3. Scenario 1, pre-commit: one Service file and one Terraform folder, whole process, against an empty main.
# shellcheck disable=SC2086
{
  measure "pc/hello/17/default" "$WARMUP" "$RUNS" "$java17" -cp "$out/hello" Hello
  measure "pc/hello/17/quick" "$WARMUP" "$RUNS" "$java17" $QUICK -cp "$out/hello" Hello
  measure "pc/parse/17/quick+cds" "$WARMUP" "$RUNS" "$java17" $QUICK $(use_archive "$cds/parse-17-quick.jsa") -cp "$parse_cp" dev.netlint.bench.ParseOnly "$pc_k8s" "$pc_tf"
  measure "pc/netlint/17/default" "$WARMUP" "$RUNS" "$java17" -jar "$jar" "$pc_k8s" "$pc_tf"
  measure "pc/netlint/17/quick" "$WARMUP" "$RUNS" "$java17" $QUICK -jar "$jar" "$pc_k8s" "$pc_tf"
  measure "pc/netlint/17/cds" "$WARMUP" "$RUNS" "$java17" $(use_archive "$cds/netlint-17-default.jsa") -jar "$jar" "$pc_k8s" "$pc_tf"
  measure "pc/netlint/17/quick+cds" "$WARMUP" "$RUNS" "$java17" $QUICK $(use_archive "$cds/netlint-17-quick.jsa") -jar "$jar" "$pc_k8s" "$pc_tf"
  measure "pc/registry/17/quick+cds" "$WARMUP" "$RUNS" "$java17" $QUICK $(use_archive "$cds/registry-17-quick.jsa") -cp "$parse_cp" dev.netlint.bench.RegistryOnly
  measure "pc/version/17/quick+cds" "$WARMUP" "$RUNS" "$java17" $QUICK $(use_archive "$cds/netlint-17-quick.jsa") -jar "$jar" --version
  measure "pc/hook/17/quick+cds" "$WARMUP" "$RUNS" env NETLINT_JAR="$jar" NETLINT_CACHE_DIR="$cds/launcher" scripts/pre-commit-netlint "$pc_k8s" "$pc_tf/network.tf"
  # One Kubernetes file (issue 18): the bare-library floor (SnakeYAML Engine compose alone) against the hook.
  measure "pc1/bare/17/quick" "$WARMUP" "$RUNS" "$java17" $QUICK -cp "$parse_cp" dev.netlint.bench.BareFloor scan "$pc_k8s"
  measure "pc1/bare/17/quick+cds" "$WARMUP" "$RUNS" "$java17" $QUICK $(use_archive "$cds/bare-17-quick.jsa") -cp "$parse_cp" dev.netlint.bench.BareFloor scan "$pc_k8s"
  measure "pc1/hook/17/quick+cds" "$WARMUP" "$RUNS" env NETLINT_JAR="$jar" NETLINT_CACHE_DIR="$cds/launcher" scripts/pre-commit-netlint "$pc_k8s"
  if [ -n "$JDK25" ]; then
    measure "pc/hello/25/quick" "$WARMUP" "$RUNS" "$JDK25/bin/java" $QUICK -cp "$out/hello" Hello
    measure "pc/parse/25/quick+aot" "$WARMUP" "$RUNS" "$JDK25/bin/java" $QUICK $(use_archive "$cds/parse-25-quick.aot") -cp "$parse_cp" dev.netlint.bench.ParseOnly "$pc_k8s" "$pc_tf"
    measure "pc/netlint/25/default" "$WARMUP" "$RUNS" "$JDK25/bin/java" -jar "$jar" "$pc_k8s" "$pc_tf"
    measure "pc/netlint/25/quick+aot" "$WARMUP" "$RUNS" "$JDK25/bin/java" $QUICK $(use_archive "$cds/netlint-25-quick.aot") -jar "$jar" "$pc_k8s" "$pc_tf"
  fi
}

# 4. Scenario 2, bulk: whole repositories, whole process, against parsing the same files with the same loaders.
# shellcheck disable=SC2086
for n in $FILES; do
  measure "bulk/$n/parse" 1 "$BULK_RUNS" "$java17" $BULK -cp "$parse_cp" dev.netlint.bench.ParseOnly "$out/corpus-$n"
  measure "bulk/$n/netlint" 1 "$BULK_RUNS" "$java17" $BULK -jar "$jar" --format text "$out/corpus-$n"
done
# The JIT/GC lever at the largest size: the same runs with the JVM's default tiered C2 compiler and G1.
# shellcheck disable=SC2086
for n in ${FILES##* }; do
  measure "bulk/$n/parse-c2" 1 "$BULK_RUNS" "$java17" -Xmx384m -cp "$parse_cp" dev.netlint.bench.ParseOnly "$out/corpus-$n"
  measure "bulk/$n/netlint-c2" 1 "$BULK_RUNS" "$java17" -Xmx384m -jar "$jar" --format text "$out/corpus-$n"
done

# 4. Scenario 4 (issue 18), large files against two floors, Kubernetes and Terraform apart: the bare libraries
#    (BareFloor: SnakeYAML Engine compose; netlint's HCL scanner alone, or its parser without line index or model) and
#    ParseOnly (netlint's loaders and model). Floors run with the launcher's JVM flags; netlint runs through the
#    launcher (its heap sizing, flags and CDS archive) and as a plain `java -jar` (JVM defaults), with a JSON report.
launcher_flags="-XX:MaxRAMPercentage=50 $QUICK -XX:MaxTenuringThreshold=1"
# shellcheck disable=SC2086
for n in $LARGE_FILES; do
  for kind in k8s terraform; do
    dir="$out/corpus-large-$n/$kind"
    measure "large/$n/$kind/bare-scan" 0 "$LARGE_RUNS" "$java17" $launcher_flags -cp "$parse_cp" dev.netlint.bench.BareFloor scan "$dir"
    if [ "$kind" = terraform ]; then
      measure "large/$n/$kind/bare-parse" 0 "$LARGE_RUNS" "$java17" $launcher_flags -cp "$parse_cp" dev.netlint.bench.BareFloor parse "$dir"
    fi
    measure "large/$n/$kind/parse" 0 "$LARGE_RUNS" "$java17" $launcher_flags -cp "$parse_cp" dev.netlint.bench.ParseOnly "$dir"
    measure "large/$n/$kind/launcher" 0 "$LARGE_RUNS" env NETLINT_JAR="$jar" NETLINT_CACHE_DIR="$cds/launcher" scripts/netlint --format json "$dir"
    measure "large/$n/$kind/default" 0 "$LARGE_RUNS" "$java17" -jar "$jar" --format json "$dir"
  done
done

# Lazy loading: what a plain text run over Kubernetes and Terraform loads.
verbose="$("$java17" -verbose:class -jar "$jar" "$pc_k8s" "$pc_tf" 2>/dev/null | grep -F '[class,load]' || true)"
classes_total="$(printf '%s\n' "$verbose" | grep -c . || true)"
# The compiler proper: its driver, parser and bytecode generator (AST node types alone are loaded by reflection).
classes_compiler="$(printf '%s\n' "$verbose" | grep -c -E ' (org\.codehaus\.groovy\.control\.(CompilationUnit|CompilerConfiguration|SourceUnit)|org\.apache\.groovy\.parser\.|org\.codehaus\.groovy\.classgen\.)' || true)"
classes_sarif="$(printf '%s\n' "$verbose" | grep -c -i -E 'sarif' || true)"
classes_databind="$(printf '%s\n' "$verbose" | grep -c -F 'com.fasterxml.jackson.databind' || true)"
classes_groovy="$(printf '%s\n' "$verbose" | grep -c -E ' (groovy|org\.codehaus\.groovy|org\.apache\.groovy)\.' || true)"

# 5. Scenarios 2 and 3 in process (JMH): parse only, and rules only over an already-parsed workspace.
rm -f "$out/jmh-parse.json" "$out/jmh-rules.json"   # a skipped JMH run must not print an earlier run's figures
if [ -z "${SKIP_JMH:-}" ]; then
  corpora=""
  for n in $FILES; do corpora="${corpora:+$corpora,}$out/corpus-$n"; done
  log "JMH ParseBench ($corpora)"
  "$java17" -jar "$out/benchmarks.jar" ParseBench -p corpus="$corpora" -rf json -rff "$out/jmh-parse.json" >&2
  log "JMH RulesBench ($corpora)"
  "$java17" -jar "$out/benchmarks.jar" RulesBench -p corpus="$corpora" -rf json -rff "$out/jmh-rules.json" >&2
fi

load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$results" "$out" "$load_before" "$load_after" "$FILES" "$java17" "${JDK25:-}" \
  "$classes_total" "$classes_groovy" "$classes_compiler" "$classes_sarif" "$classes_databind" "$LARGE_FILES" <<'EOF' | tee "$out/results.md"
import datetime, json, os, platform, subprocess, sys
results, out, load_before, load_after, files, java17, jdk25 = sys.argv[1:8]
c_total, c_groovy, c_compiler, c_sarif, c_databind = sys.argv[8:13]
large_files = sys.argv[13]
r = {}
for line in open(results):
    d = json.loads(line); r[d["name"]] = d
def jv(java):
    v = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()
    return v[1].strip() if len(v) > 1 else v[0]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
mem = next((int(l.split()[1]) // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
def row(name, label, floor=None):
    d = r.get(name)
    if not d: return
    ratio = f"{d['wall_s'] / r[floor]['wall_s']:.2f}×" if floor and floor in r else ""
    cratio = f"{d['cpu_s'] / r[floor]['cpu_s']:.2f}×" if floor and floor in r else ""
    print(f"| {label} | {d['wall_s']:.3f} | {d['cpu_s']:.3f} | {d['rss_mb']:.0f} | {ratio} | {cratio} |")
print(f"Machine: {os.cpu_count()} cores ({cpu}), {mem} MB RAM, {platform.system()} {platform.release()}; "
      f"{jv(java17)}" + (f"; {jv(jdk25 + '/bin/java')}" if jdk25 else "") + ".")
print(f"Date: {datetime.datetime.now().astimezone().isoformat(timespec='minutes')}. "
      f"Load average (1, 5, 15 min) before: {load_before}, after: {load_after}.")
print("Command: `bench/run.sh` " + (f"(FILES=\"{files}\")" if files != "1000 10000" else ""))
print()
print("**Scenario 1, pre-commit** (one multi-document Service file and one Terraform folder of five files; "
      "median of the runs after warm-up; the ratio is to the floor named in the row)")
print()
print("| Command | Wall s | CPU s | Peak RSS MB | Wall ratio | CPU ratio |")
print("|---|---:|---:|---:|---:|---:|")
row("pc/hello/17/default", "JDK 17 empty main, default flags")
row("pc/hello/17/quick", "JDK 17 empty main, quick flags ¹")
row("pc/parse/17/quick+cds", "JDK 17 parse-only floor, quick flags + AppCDS", "pc/hello/17/quick")
row("pc/netlint/17/default", "JDK 17 netlint, default flags", "pc/parse/17/quick+cds")
row("pc/netlint/17/quick", "JDK 17 netlint, quick flags", "pc/parse/17/quick+cds")
row("pc/netlint/17/cds", "JDK 17 netlint, AppCDS", "pc/parse/17/quick+cds")
row("pc/netlint/17/quick+cds", "JDK 17 netlint, quick flags + AppCDS", "pc/parse/17/quick+cds")
row("pc/hook/17/quick+cds", "JDK 17 `scripts/pre-commit-netlint` (launcher: -Xmx384m, quick flags, AppCDS)", "pc/parse/17/quick+cds")
row("pc/registry/17/quick+cds", "JDK 17 rule catalog only (`RuleRegistry.builtIn()`: the generated Java catalog, no Groovy), quick flags + AppCDS", "pc/hello/17/quick")
row("pc/version/17/quick+cds", "JDK 17 `netlint --version` (picocli, its Groovy-closure probe off), quick flags + AppCDS", "pc/hello/17/quick")
row("pc1/bare/17/quick", "One Kubernetes file: JDK 17 bare-library floor (SnakeYAML Engine compose), quick flags", "pc/hello/17/quick")
row("pc1/bare/17/quick+cds", "One Kubernetes file: JDK 17 bare-library floor, quick flags + AppCDS", "pc/hello/17/quick")
row("pc1/hook/17/quick+cds", "One Kubernetes file: JDK 17 `scripts/pre-commit-netlint` (ratio to the bare floor without AppCDS)", "pc1/bare/17/quick")
row("pc/hello/25/quick", "JDK 25 empty main, quick flags")
row("pc/parse/25/quick+aot", "JDK 25 parse-only floor, quick flags + AOT cache", "pc/hello/25/quick")
row("pc/netlint/25/default", "JDK 25 netlint, default flags", "pc/parse/25/quick+aot")
row("pc/netlint/25/quick+aot", "JDK 25 netlint, quick flags + AOT cache", "pc/parse/25/quick+aot")
print()
print("¹ quick flags: `-XX:TieredStopAtLevel=1 -XX:+UseSerialGC`.")
print()
print("**Scenario 2, bulk** (whole process with the launcher's flags, `-Xmx384m` and the quick flags, no archive; all cores; the floor parses the same files with the same "
      "loaders and thread pool, no rules, no report)")
print()
print("| Command | Wall s | CPU s | Peak RSS MB | Wall ratio | CPU ratio |")
print("|---|---:|---:|---:|---:|---:|")
for n in files.split():
    row(f"bulk/{n}/parse", f"{n} files, parse-only floor")
    row(f"bulk/{n}/netlint", f"{n} files, netlint", f"bulk/{n}/parse")
    row(f"bulk/{n}/parse-c2", f"{n} files, parse-only floor, default JIT and GC (C2, G1)")
    row(f"bulk/{n}/netlint-c2", f"{n} files, netlint, default JIT and GC (C2, G1)", f"bulk/{n}/parse-c2")
def rel(d, f, key):
    return f"{d[key] / f[key]:.2f}×" if f else ""
for n in large_files.split():
    print()
    print(f"**Scenario 4, large files** ({n} Kubernetes files of four objects, {n} one-file Terraform environments; "
          "`gen_corpus.py --shape large`): against the bare-library floor (SnakeYAML Engine compose; for Terraform "
          "netlint's HCL scanner alone, `BareFloor scan`) and against ParseOnly (netlint's loaders and model, no rules). "
          "Floors with the launcher's JVM flags; netlint with a JSON report.")
    print()
    print("| Kind | Command | Wall s | CPU s | Peak RSS MB | Wall × bare | CPU × bare | RSS × bare | Wall × ParseOnly | CPU × ParseOnly | RSS × ParseOnly |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for kind in ("k8s", "terraform"):
        bare, po = r.get(f"large/{n}/{kind}/bare-scan"), r.get(f"large/{n}/{kind}/parse")
        for key, label in (("bare-scan", "bare-library floor" + (" (HCL scanner alone)" if kind == "terraform" else "")),
                           ("bare-parse", "bare-library floor (HCL parser, no line index)"),
                           ("parse", "ParseOnly floor (netlint's loaders and model)"),
                           ("launcher", "netlint, `scripts/netlint --format json`"),
                           ("default", "netlint, `java -jar netlint.jar --format json` (JVM defaults)")):
            d = r.get(f"large/{n}/{kind}/{key}")
            if not d: continue
            cols = [rel(d, bare, k) for k in ("wall_s", "cpu_s", "rss_mb")] + [rel(d, po, k) for k in ("wall_s", "cpu_s", "rss_mb")]
            print(f"| {kind} | {label} | {d['wall_s']:.2f} | {d['cpu_s']:.2f} | {d['rss_mb']:.0f} | " + " | ".join(cols) + " |")
def jmh(path):
    try:
        return json.load(open(path))
    except (OSError, ValueError):
        return []
parse, rules = jmh(f"{out}/jmh-parse.json"), jmh(f"{out}/jmh-rules.json")
if parse or rules:
    print()
    print("**In process (JMH, one fork, after warm-up)**: parse only (all cores) and scenario 3, rules only over an "
          "already-parsed workspace (one thread)")
    print()
    print("| Benchmark | Corpus | ms/op | ± error |")
    print("|---|---|---:|---:|")
    for b in parse + rules:
        m = b["primaryMetric"]
        print(f"| {b['benchmark'].rsplit('.', 2)[-2]} | {os.path.basename(b['params']['corpus'])} | "
              f"{m['score']:.1f} | {m['scoreError']:.1f} |")
print()
print(f"**Lazy loading** (plain text run, JDK 17): {c_total} classes loaded; Groovy runtime {c_groovy}, Groovy "
      f"compiler {c_compiler}, SARIF {c_sarif}, Jackson databind {c_databind}.")
EOF
