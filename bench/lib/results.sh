# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

# Machine, history, RESULTS.md

machine() {
  NPROC=$(nproc)
  MEM_GIB=$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
  CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
  JDK=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.vm.vendor/ { v = $2 } /java.runtime.version/ { r = $2 } END { print v " " r }')
  PG=$(psql -X -At -d postgres -c 'SHOW server_version' | awk '{ print $1 }')
  PG_SETTINGS=$(psql -X -At -d postgres -c "SELECT string_agg(name || '=' || setting, ', ' ORDER BY name) FROM pg_settings
                 WHERE name IN ('fsync', 'synchronous_commit', 'shared_buffers', 'max_connections', 'wal_level')")
  COMMIT=$(git -C "$REPO" --no-optional-locks rev-parse --short HEAD 2>/dev/null || echo unknown)
  if [ "$COMMIT" != unknown ] && ! git -C "$REPO" --no-optional-locks diff --quiet HEAD -- src pom.xml 2>/dev/null; then
    COMMIT="$COMMIT+changes"
  fi
  DATE=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
  # How busy the machine is right now, over 2 s (the load average lags by minutes).
  local a b
  a=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat); sleep 2
  b=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat)
  BUSY_BEFORE=$(awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " ")
    busy = y[1] - x[1]; idle = y[2] - x[2]; printf "%.0f", (busy + idle > 0 ? 100 * busy / (busy + idle) : 0) }')
  if [ "$BUSY_BEFORE" -gt 20 ]; then
    NOTES+=("the machine was $BUSY_BEFORE % busy just before the run (load average $LOAD_BEFORE): other work shares the cores, figures are low and noisy")
  fi
}

append_history() {
  local f="$BENCH_DIR/history.csv" row q='"'
  [ -s "$f" ] || echo 'date,commit,run,benchmark,value,unit,limit,limit_value,limit_unit,ratio,errors,nproc,mem_gib,cpu,jdk,postgresql,busy_before_pct' >"$f"
  for row in "${CSV_ROWS[@]}"; do
    echo "$DATE,$COMMIT,$WHAT,$row,$NPROC,$MEM_GIB,$q${CPU//\"/}$q,$q$JDK$q,$PG,$BUSY_BEFORE" >>"$f"
  done
}

# every result line of this run, in a fixed order, skipping benchmarks that did not run
all_lines() {
  local line
  for line in "${SUBMIT_LINE:-}" "${STATUS_LINE:-}" "${PAGE_LINE:-}" "${STARTUP_LINE:-}" "${SIGNIN_LINE:-}" \
    "${VERIFY_LINE:-}" "${PDF_LINE:-}" "${PAYMENTS_LINE:-}" "${CASEWORK_LINE:-}" "${BOOKING_LINE:-}" "${AUDIT_LINE:-}" \
    "${NOTIFY_LINES[@]}" "${SEARCH_LINE:-}" "${OCR_LINE:-}"; do
    [ -z "$line" ] || echo "$line"
  done
}

write_results() {
  local f="$BENCH_DIR/RESULTS.md" row kept=""
  # The sections written by hand below the generated ones (drills, busy-machine runs, single
  # benchmarks) are kept: a new run replaces only what it measured.
  [ -f "$f" ] && kept=$(awk '/^## / { keep = ($0 !~ /^## (Limits of this machine|Benchmarks|Result lines|Over time|Notes)/) } keep' "$f")
  {
    echo "# Benchmark results"
    echo
    echo "Latest \`bench/run all\`, written by the script (see [README.md](README.md) for what each figure means)."
    echo "Earlier runs: [history.csv](history.csv)."
    echo
    echo "| | |"
    echo "| --- | --- |"
    echo "| date | $DATE |"
    echo "| commit | $COMMIT |"
    echo "| machine | $NPROC cores (\`nproc\`), $MEM_GIB GiB memory, $CPU |"
    echo "| JDK | $JDK |"
    echo "| PostgreSQL | $PG ($PG_SETTINGS) |"
    echo "| before the run | CPU $BUSY_BEFORE % busy over 2 s, load average $LOAD_BEFORE |"
    echo "| settings | $CONNS connections, $THREADS wrk threads, ${WARMUP} s warm-up + ${DURATION} s per measurement; pages at $PAGE_CONNS connections |"
    echo
    echo "## Limits of this machine, measured in the same run"
    echo
    echo "| limit | value |"
    echo "| --- | --- |"
    echo "| pgbench single-row INSERT, $CONNS clients | $PG_INSERT_TPS tps |"
    echo "| pgbench primary-key SELECT, $CONNS clients | $PG_SELECT_TPS tps |"
    echo "| wrk GET /bench/hello, $CONNS connections | $HELLO_RPS req/s (p50 $HELLO_P50 ms, p99 $HELLO_P99 ms) |"
    echo
    echo "## Benchmarks"
    echo
    echo "| benchmark | value | compared with | ratio |"
    echo "| --- | --- | --- | --- |"
    printf '%s\n' "${TABLE_ROWS[@]}"
    echo
    echo "## Result lines"
    echo
    echo '```'
    all_lines
    echo '```'
    echo
    echo "## Over time"
    echo
    echo "Every ratio in [history.csv](history.csv), one point per run (hollow: the machine was busy before the run)."
    echo "For page and startup the limit is a budget and for search a raw query's latency, so lower is better; for the rest higher is better."
    echo
    echo "![The ratio of each benchmark to its limit over the runs in history.csv](history.svg)"
    echo
    echo "## Notes"
    echo
    for row in "${NOTES[@]}"; do echo "- $row"; done
    if [ -n "$kept" ]; then echo; echo "$kept"; fi
  } >"$f"
}
