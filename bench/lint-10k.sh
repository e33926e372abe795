#!/bin/sh
# Whole-process lint benchmark (issue "Foundation", quality bar: <= 1.0 s on a 2-core machine).
# Generates 10,000 numbered migration files and a 2,000-revision Alembic graph under bench/out/,
# then times `./shipgate lint migrations DIR` end to end (JVM start included), RUNS times each,
# after one warm-up run that also writes the class-data-sharing archive.
# Usage: bench/lint-10k.sh [RUNS]   (default 10). Prints min / median / max in milliseconds.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-10}
out="$root/bench/out"
numbered="$out/numbered-10k"
alembic="$out/alembic-2k/versions"

if [ ! -f "$numbered/10000_migration_10000.sql" ]; then
  rm -rf "$numbered" && mkdir -p "$numbered"
  i=1
  while [ $i -le 10000 ]; do
    printf 'CREATE TABLE t%05d (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n' "$i" > "$numbered/$(printf '%05d' "$i")_migration_$i.sql"
    i=$((i + 1))
  done
fi
if [ ! -f "$alembic/r1999_rev.py" ]; then
  rm -rf "$out/alembic-2k" && mkdir -p "$alembic"
  printf 'revision = "r0"\ndown_revision = None\n\ndef upgrade():\n    op.create_table("t0")\n' > "$alembic/r0_rev.py"
  i=1
  while [ $i -lt 2000 ]; do
    printf '"""rev %s"""\nrevision: str = "r%s"\ndown_revision: Union[str, None] = "r%s"\nbranch_labels = None\ndepends_on = None\n\ndef upgrade():\n    op.add_column("t0", sa.Column("c%s", sa.Integer))\n' "$i" "$i" $((i - 1)) "$i" > "$alembic/r${i}_rev.py"
    i=$((i + 1))
  done
fi

"$root/shipgate" --version >/dev/null   # builds the jar if needed

measure() {
  label=$1; shift
  "$root/shipgate" "$@" >/dev/null 2>&1 || true    # warm-up, writes the CDS archive
  times=""
  n=0
  while [ $n -lt "$runs" ]; do
    start=$(date +%s%N)
    "$root/shipgate" "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times="$times $(( (end - start) / 1000000 ))"
    n=$((n + 1))
  done
  sorted=$(printf '%s\n' $times | sort -n)
  min=$(printf '%s\n' "$sorted" | head -n 1)
  max=$(printf '%s\n' "$sorted" | tail -n 1)
  median=$(printf '%s\n' "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
  printf '%-40s runs=%s  min=%sms  median=%sms  max=%sms\n' "$label" "$runs" "$min" "$median" "$max"
}

. "$root/bin/jdk.sh"
echo "machine: $(nproc) cores, $(uname -sr); JDK: $(shipgate_find_jdk)"
measure "lint 10,000 numbered files" lint migrations "$numbered"
measure "lint 2,000-revision Alembic graph" lint migrations "$out/alembic-2k"
measure "lint 10,000 numbered files (json)" lint migrations "$numbered" --format json
