# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

# Analytics (bench/Analytics.java, JDBC only): ANALYTICS_CASES generated cases rolled up into the real
# V69 tables (with V94, V101 and V103), then the dashboard's key-figures query for one department and
# month (p95) beside a plain count(*) over the generated cases for the same department and month; and
# the department's backlog read case by case (before V103) and from the kept counts.
bench_analytics() {
  local cp="$WORK/classpath" m="$REPO/src/main/resources/db/migration"
  (cd "$REPO" && ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null) || die "no classpath"
  say "analytics: ${ANALYTICS_CASES:-10000000} generated cases; the dashboard query vs count(*)"
  run_child "$JAVA_HOME/bin/java" -cp "$(cat "$cp")" "$BENCH_DIR/Analytics.java" \
    "jdbc:postgresql://$PGHOST:$PGPORT/$DB" "$PGUSER" "${ANALYTICS_CASES:-10000000}" 200 \
    "$m/V69__analytics_daily_rollups.sql:$m/V94__analytics_backlog_and_appeals.sql:$m/V101__analytics_case_offices.sql:$m/V103__analytics_backlog_counts.sql" \
    >"$WORK/analytics.out" 2>&1 \
    || { tail -30 "$WORK/analytics.out" >&2; die "bench/Analytics.java failed"; }
  grep -E '^(generate|roll-up|dashboard|count|backlog):' "$WORK/analytics.out" | sed 's/^/  · /'
  result "$(grep '^analytics:' "$WORK/analytics.out" | tail -1)"
}
