#!/bin/sh
# Benchmark: `shipgate check` of 1,000 endpoints of which 10 hang, every check with timeout 2s.
# The bar (issue 4): the whole process finishes within timeout + 1.5 s = 3.5 s.
#
# Usage: bench/check-1000/run.sh [RUNS]   (default 5 runs after one warm-up run)
# Prints the wall time of each run of the whole process (JVM start to exit) and the worst one.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/bin/jdk.sh"
JAVA_HOME=$(shipgate_find_jdk)
export JAVA_HOME
runs=${1:-5}
total=1000
hanging=10
timeout=2s
bar_ms=3500

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

"$JAVA_HOME/bin/java" "$here/BenchServer.java" >"$work/port" 2>"$work/server.err" &
server_pid=$!
i=0
while [ ! -s "$work/port" ]; do
  i=$((i + 1))
  if [ "$i" -gt 300 ]; then echo "bench server did not start: $(cat "$work/server.err")" >&2; exit 1; fi
  sleep 0.1
done
port=$(head -n 1 "$work/port")

config="$work/shipgate.yaml"
{
  echo "version: 1"
  echo "checks:"
  n=0
  while [ "$n" -lt "$total" ]; do
    if [ $((n % (total / hanging))) -eq $((total / hanging / 2)) ]; then path="hang/$n"; else path="ok/$n"; fi
    echo "  - {name: c$n, get: \"http://127.0.0.1:$port/$path\", timeout: $timeout, expect: {json: {\"\$.status\": alive}}}"
    n=$((n + 1))
  done
} >"$config"

run_once() {
  start=$(date +%s%N)
  set +e
  "$root/shipgate" -c "$config" check --format json >"$work/out.json" 2>"$work/err.txt"
  code=$?
  set -e
  end=$(date +%s%N)
  ms=$(((end - start) / 1000000))
  passed=$(grep -c '"status": "PASS"' "$work/out.json" || true)
  timeouts=$(grep -c '"reason": "TIMEOUT"' "$work/out.json" || true)
  if [ "$code" -ne 1 ] || [ "$passed" -ne $((total - hanging)) ] || [ "$timeouts" -ne "$hanging" ]; then
    echo "unexpected result: exit $code, $passed passed, $timeouts timeouts" >&2
    cat "$work/err.txt" >&2
    exit 1
  fi
}

echo "shipgate check: $total endpoints, $hanging hanging, timeout $timeout, $(nproc) cores"
run_once # warm-up: builds the jar if needed and writes the class-data archive
worst=0
r=1
while [ "$r" -le "$runs" ]; do
  run_once
  echo "run $r: ${ms} ms (exit $code, $passed passed, $timeouts timed out)"
  if [ "$ms" -gt "$worst" ]; then worst=$ms; fi
  r=$((r + 1))
done
verdict="within"
if [ "$worst" -gt "$bar_ms" ]; then verdict="OVER"; fi
echo "worst: ${worst} ms; bar: timeout + 1.5 s = ${bar_ms} ms: $verdict"
