#!/usr/bin/env bash
# Soak benchmark of `shipgate monitor`: N targets (default 200) at a 1 s interval against a local
# HTTP server for DURATION seconds (default 600), sampling the monitor's CPU time and RSS.
# Prints CPU seconds and RSS at the start (after a warm-up) and at the end, and per-minute samples.
#   bench/monitor-soak.sh [targets] [seconds]
set -euo pipefail
N=${1:-200}
SECS=${2:-600}
WARM=20
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAVA_HOME=${JAVA_HOME:-$(. "$ROOT/bin/jdk.sh" >/dev/null 2>&1; shipgate_find_jdk 2>/dev/null || echo /usr/lib/jvm/temurin-25-jdk-amd64)}
JAR="$ROOT/target/shipgate.jar"
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
WORK=$(mktemp -d)
trap 'kill $SRV $MON 2>/dev/null || true; rm -rf "$WORK"' EXIT
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 - "$PORT" > "$WORK/server.log" 2>&1 <<'PY' &
import sys, http.server, socketserver
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = b'{"status":"ok"}'
        self.send_response(200); self.send_header("Content-Type","application/json")
        self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
    def log_message(self, *a): pass
class S(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True; request_queue_size = 512
S(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
PY
SRV=$!
{
  echo "version: 1"; echo "project: soak"; echo "store: sqlite:store.db"
  echo "monitor: {interval: 1s}"
  echo "checks:"
  for i in $(seq 1 "$N"); do echo "  - {name: t$i, get: \"http://127.0.0.1:$PORT/t$i\", timeout: 2s}"; done
} > "$WORK/shipgate.yaml"
sleep 1
cd "$WORK"
"$JAVA_HOME/bin/java" -jar "$JAR" monitor > "$WORK/out.txt" 2> "$WORK/err.txt" &
MON=$!
TCK=$(getconf CLK_TCK)
sample() { # cpu-seconds rss-MB
  awk -v t="$TCK" '{printf "%.1f", ($14+$15)/t}' /proc/$MON/stat
  printf " "
  awk '/VmRSS/ {printf "%.0f\n", $2/1024}' /proc/$MON/status
}
sleep "$WARM"
read C0 R0 < <(sample); T0=$(date +%s)
echo "targets=$N interval=1s duration=${SECS}s (after ${WARM}s warm-up)"
echo "start: cpu=${C0}s rss=${R0}MB"
while [ $(( $(date +%s) - T0 )) -lt "$SECS" ]; do
  sleep 60 & wait $!
  read C R < <(sample)
  echo "  t=$(( $(date +%s) - T0 ))s cpu=${C}s rss=${R}MB"
done
read C1 R1 < <(sample); T1=$(date +%s)
echo "end:   cpu=${C1}s rss=${R1}MB"
awk -v a="$C0" -v b="$C1" -v s="$((T1 - T0))" 'BEGIN {printf "cpu used: %.1fs in %ds = %.1f%% of one core\n", b-a, s, 100*(b-a)/s}'
kill -TERM $MON; wait $MON || true
echo "rounds logged: $(grep -c '"round.done"' logs/monitor.jsonl || true); log size: $(du -sh logs | cut -f1)"
grep -c '"state":"DOWN"' logs/monitor.jsonl || true
