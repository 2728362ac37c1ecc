# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

# bench_payments: signed notifications from a client of our own (bench/Payments.java) to the running app.
bench_payments() {
  local cp="$WORK/classpath" line value
  (cd "$REPO" && ./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null) || die "no classpath"
  [ -n "${PG_INSERT_TPS:-}" ] || measure_pg_limits
  say "payments: ${BENCH_PAYMENT_CHARGES:-50000} pending charges, $CONNS gateway clients, 3 s warm-up + ${DURATION} s, then every notification again"
  run_child "$JAVA_HOME/bin/java" -cp "$(cat "$cp"):$REPO/target/classes" "$BENCH_DIR/Payments.java" \
    "$BASE" "${BENCH_NOTIFICATION_KEY:-demo-notification-key}" "jdbc:postgresql://$PGHOST:$PGPORT/$DB?reWriteBatchedInserts=true" \
    "$PGUSER" "$DURATION" "$CONNS" "${BENCH_PAYMENT_CHARGES:-50000}" >"$WORK/payments.out" 2>&1 \
    || { tail -30 "$WORK/payments.out" >&2; die "bench/Payments.java failed"; }
  grep -E '^(preload|warm-up|ours|replayed|second notification|check|note):' "$WORK/payments.out" | sed 's/^/  · /'
  NOTES+=("payments: $(grep '^check:' "$WORK/payments.out")")
  line=$(grep '^payments:' "$WORK/payments.out" | tail -1)
  value=$(sed -n 's/^payments: \([0-9.]*\) confirmed.*/\1/p' <<<"$line")
  PAYMENTS_LINE="$line ($(ratio "$value" "$PG_INSERT_TPS") of pgbench insert $PG_INSERT_TPS tps measured in the same run)"
  record payments "$value" confirmed/s "pgbench insert" "$PG_INSERT_TPS" tps "$(ratio "$value" "$PG_INSERT_TPS")" ""
  result "$PAYMENTS_LINE"
}
