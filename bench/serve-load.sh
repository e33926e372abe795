#!/usr/bin/env bash
# Load on `shipgate serve` while one dependency hangs (issue 12's quality bar):
# ~2,000 requests/s to /health/status for 30 s (wrk, 20 connections each pausing 9 ms between
# requests), with an external check whose server accepts connections and never answers.
# Reports requests/s, errors (socket errors + non-2xx), latency percentiles and the server's
# resident memory (VmRSS) before and after. Traffic stays on 127.0.0.1; everything it starts
# it stops. Needs wrk (apt-get install -y wrk) and python3.
#   bench/serve-load.sh [DURATION_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-30}"
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 1; }
[ -f target/shipgate.jar ] || ./mvnw -B -q package -DskipTests
# shellcheck source=../bin/jdk.sh
. bin/jdk.sh
JAVA="$(shipgate_find_jdk)/bin/java"
WORK="$(mktemp -d)"
HANG_PID=""; SERVE_PID=""
cleanup() {
  [ -n "$SERVE_PID" ] && kill "$SERVE_PID" 2>/dev/null || true
  [ -n "$HANG_PID" ] && kill "$HANG_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# A server that accepts and never answers (bounded: it exits after DURATION + 120 s).
cat > "$WORK/hang.py" <<'PY'
import socket, sys, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 0)); s.listen(512)
print(s.getsockname()[1], flush=True)
s.settimeout(1.0); held = []; end = time.time() + float(sys.argv[1])
while time.time() < end:
    try:
        c, _ = s.accept(); held.append(c)
    except socket.timeout:
        pass
PY
python3 "$WORK/hang.py" "$((DURATION + 120))" > "$WORK/hang.port" &
HANG_PID=$!
while [ ! -s "$WORK/hang.port" ]; do sleep 0.05; done
HANG_PORT="$(cat "$WORK/hang.port")"

mkdir -p "$WORK/db"
echo "CREATE TABLE users (id INTEGER PRIMARY KEY);" > "$WORK/db/001_users.sql"
cat > "$WORK/shipgate.yaml" <<YAML
version: 1
project: bench
database: {url: "sqlite:app.db"}
migrations: {dir: db}
externals:
  - {name: stuck, type: http, get: "http://127.0.0.1:${HANG_PORT}/ping", optional: true, timeout: 5s}
server: {port: 0, refresh: 2s, timeout: 10s}
YAML
(cd "$WORK" && "$JAVA" -jar "$OLDPWD/target/shipgate.jar" migrate > /dev/null)
(cd "$WORK" && exec "$JAVA" -jar "$OLDPWD/target/shipgate.jar" serve > serve.out 2> serve.err) &
SERVE_PID=$!
for _ in $(seq 1 600); do grep -q '"event":"started"' "$WORK/serve.err" 2>/dev/null && break; sleep 0.1; done
PORT="$(grep -o '"port":[0-9]*' "$WORK/serve.err" | head -1 | cut -d: -f2)"
URL="http://127.0.0.1:${PORT}/health/status"
# warm up (JIT) for 5 s, then measure
cat > "$WORK/pace.lua" <<'LUA'
function delay() return 9 end
LUA
wrk -t2 -c20 -d5s -s "$WORK/pace.lua" "$URL" > /dev/null
RSS_START="$(grep VmRSS /proc/$SERVE_PID/status | awk '{print $2}')"
STUCK="$(curl -s "$URL" | python3 -c 'import json,sys; d=json.load(sys.stdin); print([r["status"] for r in d["externals"]["results"]] or d["externals"]["status"])')"
wrk -t2 -c20 -d"${DURATION}s" -s "$WORK/pace.lua" --latency "$URL" | tee "$WORK/wrk.txt"
RSS_END="$(grep VmRSS /proc/$SERVE_PID/status | awk '{print $2}')"
ERRORS="$(grep -E 'Socket errors|Non-2xx' "$WORK/wrk.txt" || true)"
echo
echo "hanging dependency (external 'stuck') while measured: $STUCK"
echo "errors: ${ERRORS:-none (no socket errors, no non-2xx responses)}"
echo "RSS start: $((RSS_START / 1024)) MiB, end: $((RSS_END / 1024)) MiB"
