#!/bin/sh
# Deploy overhead: how much time `shipgate deploy` of examples/deploy adds beyond the services'
# own start time, and how soon it notices a service that exits.
#
#   1. baseline: each stand-in (api, web, tunnel) started by hand, timed until it answers HTTP
#      (the services' own start time, sequential as the deploy starts them);
#   2. deploy: the whole `./shipgate deploy` process, wall clock, N rounds (a redeploy over the
#      running example, so every round also stops the previous services);
#   3. in-report: durationMs minus the time each gate waited for its service to become ready;
#   4. failure detection: a backend that exits at once; the time from its exit (stamped by the
#      shell that ran it) to shipgate's ServiceExited event.
# Usage: bench/deploy-overhead.sh [rounds=5]
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
rounds=${1:-5}
work=$(mktemp -d)
trap 'stop_all; rm -rf "$work"' EXIT
./shipgate --version >/dev/null
cp -r examples/deploy "$work/ex"
rm -rf "$work/ex/.shipgate" "$work/ex/logs"
export API_PORT=18181 WEB_PORT=18180 PUBLIC_PORT=18543
now() { python3 -c 'import time; print(int(time.time()*1000))'; }
stop_all() {
  if [ -f "$work/ex/.shipgate/deploy-state.json" ]; then
    for g in $(jq -r '.processes[].pgid' "$work/ex/.shipgate/deploy-state.json"); do
      kill -TERM -- "-$g" 2>/dev/null || true
    done
  fi
}
wait_http() {
  until curl -fs -o /dev/null "$1"; do sleep 0.005; done
}

# 1. baseline
base=0
for i in $(seq 1 "$rounds"); do
  t0=$(now)
  (cd "$work/ex" && PORT=$API_PORT python3 standin.py backend >/dev/null 2>&1 & echo $! >"$work/p1")
  wait_http "http://127.0.0.1:$API_PORT/health/live"
  (cd "$work/ex" && PORT=$WEB_PORT python3 standin.py frontend >/dev/null 2>&1 & echo $! >"$work/p2")
  wait_http "http://127.0.0.1:$WEB_PORT/"
  (cd "$work/ex" && PUBLIC_PORT=$PUBLIC_PORT ORIGIN=http://127.0.0.1:$WEB_PORT python3 standin.py tunnel >/dev/null 2>&1 & echo $! >"$work/p3")
  wait_http "http://127.0.0.1:$PUBLIC_PORT/"
  t1=$(now)
  kill "$(cat "$work/p1")" "$(cat "$work/p2")" "$(cat "$work/p3")"
  sleep 0.3
  base=$((base + t1 - t0))
done
base_avg=$((base / rounds))

# 2 + 3. deploys
cfg="$work/ex/shipgate.yaml"
./shipgate -c "$cfg" deploy >/dev/null # warm-up (first deploy: migrations, tunnel start)
total=0
inrep=0
for i in $(seq 1 "$rounds"); do
  stop_all; sleep 0.3
  t0=$(now)
  ./shipgate -c "$cfg" deploy --format json >"$work/r.json" 2>/dev/null
  t1=$(now)
  total=$((total + t1 - t0))
  o=$(jq '.durationMs - ([.phases[].events[] | select(.type=="ServiceReady") | .elapsedMs] | add)
          - ([.phases[] | select(.state=="TUNNEL_START_OR_VERIFY") | .durationMs] | add)' "$work/r.json")
  inrep=$((inrep + o))
done
stop_all
total_avg=$((total / rounds))
inrep_avg=$((inrep / rounds))

# 4. failure detection
mkdir -p "$work/fail"
cat >"$work/fail/shipgate.yaml" <<YAML
version: 1
project: exit-bench
services:
  - name: api
    start: sh -c 'python3 $root/examples/deploy/standin.py backend; python3 -c "import time; print(int(time.time()*1000))" > exited-at'
    port: 18191
    env: {MODE: exit-at-start}
    readyTimeout: 10m
    ready: [{get: "http://127.0.0.1:18191/health/live"}]
YAML
det=0
for i in $(seq 1 "$rounds"); do
  ./shipgate -c "$work/fail/shipgate.yaml" deploy --format json >"$work/f.json" 2>/dev/null || true
  seen=$(jq '(.startedAt | sub("\\.[0-9]+Z$"; "Z") | fromdate) * 1000 + ((.startedAt | capture("\\.(?<ms>[0-9]{3})").ms | tonumber)) + ([.phases[].events[] | select(.type=="ServiceExited") | .atMs][0])' "$work/f.json")
  exited=$(cat "$work/fail/exited-at")
  det=$((det + seen - exited))
done
det_avg=$((det / rounds))

echo "rounds: $rounds"
echo "services' own start (api + web + tunnel, by hand): ${base_avg} ms"
echo "shipgate deploy, whole process (JVM start to exit):  ${total_avg} ms"
echo "overhead beyond the services' own start (process):  $((total_avg - base_avg)) ms"
echo "overhead inside the deploy (durationMs - ready waits - tunnel phase): ${inrep_avg} ms"
echo "failure detection after the service exits:           ${det_avg} ms"
