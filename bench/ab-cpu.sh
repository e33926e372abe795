#!/usr/bin/env bash
# A/B on a busy machine: CPU time (user + sys) and wall time of one shipgate command line in two
# checkouts, runs interleaved so both see the same load. Wall time on a shared 2-core machine
# measures the neighbours; CPU time measures the work.
# Usage: bench/ab-cpu.sh OLD_CHECKOUT NEW_CHECKOUT RUNS -- shipgate-args...
#   e.g. bench/ab-cpu.sh /tmp/old . 10 -- lint migrations bench/out/numbered-10k
set -euo pipefail
old=$1 new=$2 runs=$3
shift 3
[ "$1" = "--" ] && shift
"$old/shipgate" --version >/dev/null
"$new/shipgate" --version >/dev/null
TIMEFORMAT='%U %S %R'
declare -A cpu wall
for ((i = 0; i < runs; i++)); do
  for side in old new; do
    dir=${!side}
    t=$( { time "$dir/shipgate" "$@" >/dev/null 2>&1 || true; } 2>&1 | tail -n 1)
    cpu[$side]+="$(awk '{printf "%d ", ($1 + $2) * 1000}' <<<"$t")"
    wall[$side]+="$(awk '{printf "%d ", $3 * 1000}' <<<"$t")"
  done
done
median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
echo "shipgate $* ($runs runs each, load $(cut -d' ' -f1-3 /proc/loadavg))"
for side in old new; do
  printf '  %-3s cpu median %5s ms   wall median %5s ms\n' "$side" "$(median "${cpu[$side]}")" "$(median "${wall[$side]}")"
done
