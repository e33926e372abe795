#!/bin/sh
# Whole-process CI lint benchmark. Generates (once, under bench/out/) a repository with 200 GitHub
# workflows of 10 jobs x 10 steps each (20,000 steps, a realistic mix of tests, migrations, caches,
# uploads, `|| true`, loops and continue-on-error) plus a 1,000-job .gitlab-ci.yml with templates,
# then times `./shipgate lint ci DIR` end to end (JVM start included), RUNS times, after one
# warm-up run. Usage: bench/ci-lint.sh [RUNS]   (default 10). Prints min / median / max in ms.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-10}
repo="$root/bench/out/ci-repo"

if [ ! -f "$repo/.github/workflows/wf200.yml" ]; then
  rm -rf "$repo" && mkdir -p "$repo/.github/workflows"
  w=1
  while [ $w -le 200 ]; do
    f="$repo/.github/workflows/wf$w.yml"
    printf 'name: wf%s\non: [push, pull_request]\njobs:\n' "$w" > "$f"
    j=1
    while [ $j -le 10 ]; do
      cat >> "$f" <<JOB
  job$j:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        node: [18, 20]
        experimental: [false]
        include:
          - node: 22
            experimental: true
    continue-on-error: \${{ matrix.experimental }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: \${{ matrix.node }}
      - run: npm ci
      - name: Lint
        run: npm run lint || true
      - name: Migrate
        run: |
          for f in \$(ls db/migrations/*.sql | grep -v rollback | sort -V); do
            psql "\$DATABASE_URL" -v ON_ERROR_STOP=1 -f "\$f"
          done
      - name: Unit tests
        run: npm test -- --coverage | tee unit.log
      - name: Integration tests
        continue-on-error: true
        run: npm run test:integration
      - name: Upload coverage
        uses: codecov/codecov-action@v4
        continue-on-error: true
      - name: Build
        run: |
          npm run build && npm run size
          echo "built"
      - name: Cleanup
        if: always()
        run: docker compose down -v || true
JOB
      j=$((j + 1))
    done
    w=$((w + 1))
  done
  {
    printf '.tests:\n  image: node:20\n  before_script: [npm ci]\n  script:\n    - npm test || true\n'
    i=1
    while [ $i -le 1000 ]; do
      printf 'test%s:\n  extends: .tests\n  allow_failure: true\n' "$i"
      i=$((i + 1))
    done
  } > "$repo/.gitlab-ci.yml"
fi

"$root/shipgate" --version >/dev/null   # builds the jar if needed
"$root/shipgate" lint ci "$repo" >/dev/null 2>&1 || true    # warm-up
times=""
n=0
while [ $n -lt "$runs" ]; do
  start=$(date +%s%N)
  "$root/shipgate" lint ci "$repo" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  times="$times $(( (end - start) / 1000000 ))"
  n=$((n + 1))
done
sorted=$(printf '%s\n' $times | sort -n)
. "$root/bin/jdk.sh"
echo "machine: $(nproc) cores, $(uname -sr); JDK: $(shipgate_find_jdk)"
printf 'lint ci: 200 workflows (20,000 steps) + 1,000 GitLab jobs  runs=%s  min=%sms  median=%sms  max=%sms\n' \
  "$runs" "$(printf '%s\n' "$sorted" | head -n 1)" "$(printf '%s\n' "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")" \
  "$(printf '%s\n' "$sorted" | tail -n 1)"
"$root/shipgate" lint ci "$repo" --format json 2>/dev/null | tail -6
