#!/usr/bin/env bash
# Hostile Helm charts against the built CLI (the slow and heavy cases; the fast ones are unit tests in
# linter-core's HelmChartWallsTest). Each case builds its input in a temporary folder, runs netlint on it and checks
# the one finding it must give, that the rest of the run was linted, and that nothing leaked or connected. It prints
# each case's elapsed time and peak memory (netlint and its Helm workers, from /usr/bin/time -v when present).
#
# Usage: scripts/test-hostile.sh [path/to/netlint.jar]   (default cli/target/netlint.jar; build it with mvn package)
# Needs: Linux, a JDK 17 (java), gzip, truncate.
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${1:-cli/target/netlint.jar}"
if [ ! -f "$jar" ]; then
  echo "no $jar: build it first (mvn -B -q install -DskipTests)" >&2
  exit 2
fi
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

chart() { # chart FOLDER: a minimal Chart.yaml
  mkdir -p "$1/templates"
  printf 'apiVersion: v2\nname: %s\nversion: 0.1.0\n' "$(basename "$1")" > "$1/Chart.yaml"
}

node_port_service() { # node_port_service FILE NAME: a Service netlint's rules report (NET001, NodePort)
  printf 'apiVersion: v1\nkind: Service\nmetadata:\n  name: %s\nspec:\n  type: NodePort\n  ports:\n    - port: 80\n' \
    "$2" > "$1"
}

# run CASE ARGS...: runs netlint (JSON output to $work/CASE.json), prints time and peak memory
run() {
  local name="$1"; shift
  local out="$work/$name.json" stats="$work/$name.time"
  local start end
  start=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$stats" java -jar "$jar" --format json --output "$out" "$@" > "$work/$name.stdout" 2>&1 || true
  else
    java -jar "$jar" --format json --output "$out" "$@" > "$work/$name.stdout" 2>&1 || true
  fi
  end=$(date +%s.%N)
  local rss="?"
  [ -f "$stats" ] && rss="$(awk -F': ' '/Maximum resident set size/ {printf "%d MB", $2/1024}' "$stats")"
  printf '%-34s %6.1f s  peak %s\n' "$name" "$(awk "BEGIN {print $end - $start}")" "$rss"
}

expect() { # expect CASE DESCRIPTION COMMAND...: records a failure when COMMAND fails
  local name="$1" what="$2"; shift 2
  if ! "$@"; then
    echo "FAIL $name: $what" >&2
    sed -n 1,40p "$work/$name.stdout" >&2 || true
    grep -o '"message" *: *"[^"]*"' "$work/$name.json" 2>/dev/null | head -5 >&2 || true
    failures=$((failures + 1))
  fi
}

has() { grep -q -- "$2" "$work/$1.json"; }
lacks() { ! grep -q -- "$2" "$work/$1.json"; }

echo "== hostile Helm charts (netlint $jar)"

# 1. until 100000000: a 100-million-element list, stopped by the worker's memory limit
d="$work/until"; chart "$d/chart"; node_port_service "$d/service.yaml" other
printf '{{- range $i := until 100000000 }}{{ end }}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' \
  > "$d/chart/templates/cm.yaml"
run until "$d"
expect until "one parse-error for the chart (memory limit)" has until 'MiB of memory rendering this chart'
expect until "the other file is still linted" has until '"NET001"'

# 2. a tpl that calls itself: a Go stack that grows until the process dies
d="$work/recursive-tpl"; chart "$d/chart"; node_port_service "$d/service.yaml" other
printf 'again: "{{ tpl .Values.again . }}"\n' > "$d/chart/values.yaml"
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: {{ tpl .Values.again . | quote }}\n' \
  > "$d/chart/templates/cm.yaml"
run recursive-tpl "$d"
expect recursive-tpl "one parse-error for the chart" has recursive-tpl 'Helm could not render this chart: Helm'
expect recursive-tpl "the other file is still linted" has recursive-tpl '"NET001"'

# 3. a loop that allocates little and runs long: stopped by the CPU-time limit (30 s of CPU)
d="$work/cpu"; chart "$d/chart"; node_port_service "$d/service.yaml" other
printf '{{- range $i := until 100000 }}{{ range $j := until 100000 }}{{ end }}{{ end }}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' \
  > "$d/chart/templates/cm.yaml"
run cpu-limit "$d"
expect cpu-limit "one parse-error for the chart (CPU limit)" has cpu-limit 'seconds of CPU time rendering this chart'
expect cpu-limit "the other file is still linted" has cpu-limit '"NET001"'

# 4. a subchart archive of a few megabytes holding 2 GB of zeros
d="$work/archive"; chart "$d/chart"; node_port_service "$d/chart/templates/service.yaml" web
mkdir -p "$d/chart/charts"
head -c 2G /dev/zero | gzip -1 > "$d/chart/charts/bomb-0.1.0.tgz"
run tgz-2GB-of-zeros "$d"
expect tgz-2GB-of-zeros "the archive is refused by its expanded size" has tgz-2GB-of-zeros 'subchart archive expands to more than'
expect tgz-2GB-of-zeros "the chart's own template is still linted" has tgz-2GB-of-zeros '"NET001"'

# 5. a 3 GB sparse file inside a chart
d="$work/sparse"; chart "$d/chart"; node_port_service "$d/chart/templates/service.yaml" web
mkdir -p "$d/chart/files"; truncate -s 3G "$d/chart/files/big.bin"
run sparse-3GB-file "$d"
expect sparse-3GB-file "refused by size" has sparse-3GB-file 'file is 3221225472 bytes, over the'
expect sparse-3GB-file "the chart's template is still linted" has sparse-3GB-file '"NET001"'

# 6. symbolic links to a canary outside the chart (a file, a template, a folder); .Files.Get and .Files.Glob
d="$work/links"; chart "$d/chart"; mkdir -p "$d/outside/folder" "$d/chart/files"
echo "CANARY-b41d-outside" > "$d/outside/secret"
node_port_service "$d/outside/folder/svc.yaml" linked-folder
node_port_service "$d/outside/svc.yaml" linked-template
ln -s "$d/outside/secret" "$d/chart/files/secret"
ln -s "$d/outside/folder" "$d/chart/templates/more"
ln -s "$d/outside/svc.yaml" "$d/chart/templates/linked.yaml"
ln -s /proc/self/environ "$d/chart/files/environ"
cat > "$d/chart/templates/cm.yaml" <<'EOF'
apiVersion: v1
kind: ConfigMap
metadata:
  name: x
data:
  secret: {{ .Files.Get "files/secret" | quote }}
  environ: {{ .Files.Get "files/environ" | quote }}
  all: {{ range $p, $_ := .Files.Glob "**" }}{{ $.Files.Get $p | quote }}{{ end }}
EOF
run symlinks "$d/chart"
expect symlinks "one note lists the links" has symlinks 'helm-files-skipped'
expect symlinks "the canary never appears" lacks symlinks 'CANARY-b41d'
expect symlinks "the linked templates are not rendered" lacks symlinks 'linked-'

# 7. lookup with the user's kubeconfig pointing at a listener: no connection, lookup gives an empty map
d="$work/lookup"; chart "$d/chart"; mkdir -p "$d/home/.kube"
cat > "$d/Listener.java" <<'EOF'
import java.net.*; import java.nio.file.*;
public class Listener { public static void main(String[] a) throws Exception {
  try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
    Files.writeString(Path.of(a[0] + ".tmp"), String.valueOf(s.getLocalPort())); Files.move(Path.of(a[0] + ".tmp"), Path.of(a[0]));
    s.setSoTimeout(200); int n = 0; long end = System.currentTimeMillis() + Long.parseLong(a[1]) * 1000;
    while (System.currentTimeMillis() < end && !Files.exists(Path.of(a[0] + ".stop"))) {
      try (Socket c = s.accept()) { n++; } catch (SocketTimeoutException e) { } }
    Files.writeString(Path.of(a[0] + ".count"), String.valueOf(n)); } } }
EOF
java "$d/Listener.java" "$d/port" 120 &
listener=$!
for _ in $(seq 1 100); do [ -f "$d/port" ] && break; sleep 0.2; done
port="$(cat "$d/port")"
cat > "$d/home/.kube/config" <<EOF
apiVersion: v1
kind: Config
clusters: [{name: c, cluster: {server: "http://127.0.0.1:$port"}}]
users: [{name: u, user: {token: the-users-token}}]
contexts: [{name: c, context: {cluster: c, user: u}}]
current-context: c
EOF
cat > "$d/chart/templates/cm.yaml" <<'EOF'
apiVersion: v1
kind: ConfigMap
metadata:
  name: x
data:
  found: {{ (lookup "v1" "Secret" "default" "db") | toJson | quote }}
EOF
HOME="$d/home" KUBECONFIG="$d/home/.kube/config" KUBERNETES_SERVICE_HOST=127.0.0.1 \
  KUBERNETES_SERVICE_PORT="$port" HELM_KUBEAPISERVER="http://127.0.0.1:$port" run lookup "$d/chart"
touch "$d/port.stop"; wait "$listener" || true
expect lookup "the chart renders (lookup gives an empty map)" lacks lookup 'parse-error'
expect lookup "the listener received no connection" test "$(cat "$d/port.count")" = 0

if [ "$failures" -ne 0 ]; then
  echo "$failures hostile case(s) failed" >&2
  exit 1
fi
echo "all hostile Helm cases passed"
