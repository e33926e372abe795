#!/usr/bin/env bash
# The smallest heap in which `lint migrations` passes over one big SQL migration (ledger
# included), for two checkouts side by side: content rules that stream need a buffer, content
# rules that read whole need several copies of the file.
# Usage: bench/lint-heap.sh OLD_CHECKOUT NEW_CHECKOUT [MEGABYTES]   (default 100)
#   e.g. bench/lint-heap.sh /tmp/old . 100
set -euo pipefail
old=$1 new=$2 mb=${3:-100}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/db"
row="INSERT INTO t VALUES (1, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');"
rows=$((mb * 1024 * 1024 / (${#row} + 1)))
{ echo "CREATE TABLE t (id int, v text);"; awk -v r="$row" -v n="$rows" 'BEGIN { for (i = 0; i < n; i++) print r }'; } >"$work/db/001_big.sql"
size=$(du -m "$work/db/001_big.sql" | cut -f1)
passes() { # checkout heap-MB
  SHIPGATE_JAVA_OPTS="-Xmx${2}m" "$1/shipgate" lint migrations "$work/db" >/dev/null 2>&1
}
SHIPGATE_JAVA_OPTS=-Xmx4g "$new/shipgate" lint migrations --update-sum "$work/db" >/dev/null
echo "lint migrations over one ${size} MB migration with its shipgate.sum"
for side in old new; do
  dir=${!side}
  lo=8 hi=4096 # passes at hi, fails at lo
  passes "$dir" "$hi" || { echo "  $side: fails even with -Xmx${hi}m"; continue; }
  if passes "$dir" "$lo"; then hi=$lo; fi
  while ((hi - lo > 2 && hi != lo)); do
    mid=$(((lo + hi) / 2))
    if passes "$dir" "$mid"; then hi=$mid; else lo=$mid; fi
  done
  printf '  %-3s passes with -Xmx%sm (%.1f x the file)\n' "$side" "$hi" "$(echo "$hi / $size" | bc -l)"
done
