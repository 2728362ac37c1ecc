# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

# The verifiable log, in a JVM of its own (bench/Audit.java starts the application's context on
# the run's database, with the sequencer on demand so each phase is measured alone): appends/s at
# $CONNS writers beside plain one-row INSERTs/s through the same JDBC pool, sequencing, proof
# times at AUDIT_ENTRIES entries, and the export plus offline verification of all of them.
# Analytics (bench/Analytics.java, JDBC only): ANALYTICS_CASES generated cases rolled up into the real
# V69 tables, then the dashboard's key-figures query for one department and month (p95) beside a
# plain count(*) over the generated cases for the same department and month.
bench_analytics() {
  local cp="$WORK/classpath"
  (cd "$REPO" && ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null) || die "no classpath"
  say "analytics: ${ANALYTICS_CASES:-10000000} generated cases; the dashboard query vs count(*)"
  run_child "$JAVA_HOME/bin/java" -cp "$(cat "$cp")" "$BENCH_DIR/Analytics.java" \
    "jdbc:postgresql://$PGHOST:$PGPORT/$DB" "$PGUSER" "${ANALYTICS_CASES:-10000000}" 200 \
    "$REPO/src/main/resources/db/migration/V69__analytics_daily_rollups.sql" >"$WORK/analytics.out" 2>&1 \
    || { tail -30 "$WORK/analytics.out" >&2; die "bench/Analytics.java failed"; }
  grep -E '^(generate|roll-up|dashboard|count):' "$WORK/analytics.out" | sed 's/^/  · /'
  result "$(grep '^analytics:' "$WORK/analytics.out" | tail -1)"
}
