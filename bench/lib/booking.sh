# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

# Appointments, in a JVM of its own (bench/Booking.java starts the application's context on the
# run's database): the rush of BOOKING_RUSH people for BOOKING_SEATS seats must end with exactly that
# many bookings and no errors; then bookings/s with plenty of seats beside pgbench's one-row INSERTs.
bench_booking() {
  local cp="$WORK/classpath"
  (cd "$REPO" && ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null) || die "no classpath"
  [ -d "$REPO/target/classes/org/nafitha" ] || (cd "$REPO" && ./mvnw -q -B compile) >&2
  say "booking: $BOOKING_RUSH simultaneous attempts on $BOOKING_SEATS seats, then $CONNS workers, 2 s warm-up + ${DURATION} s with plenty of seats"
  run_child "$JAVA_HOME/bin/java" -cp "$(cat "$cp"):$REPO/target/classes" "$BENCH_DIR/Booking.java" \
    "jdbc:postgresql://$PGHOST:$PGPORT/$DB?reWriteBatchedInserts=true" "$PGUSER" "$DURATION" "$CONNS" "$BOOKING_RUSH" \
    "$BOOKING_SEATS" "$WORK/booking" >"$WORK/booking.out" 2>&1 || { tail -30 "$WORK/booking.out" >&2; die "bench/Booking.java failed"; }
  # pgbench's tables go in after the application's migrations (Flyway wants an empty schema or its own)
  [ -n "${PG_INSERT_TPS:-}" ] || measure_pg_limits
  grep -E '^(rush|plenty|booking failed)' "$WORK/booking.out" | sort | uniq -c | sed 's/^ *[0-9]* */  · /'
  local rush booked errs ours
  rush=$(grep '^rush:' "$WORK/booking.out")
  booked=$(sed -n 's/^rush: [0-9]* attempts on [0-9]* seats in [0-9.]* s: \([0-9]*\) booked.*/\1/p' <<<"$rush")
  errs=$(sed -n 's/.*errors {\(.*\)}$/\1/p' <<<"$rush")
  ours=$(sed -n 's/^nafitha: \([0-9.]*\) bookings.*/\1/p' "$WORK/booking.out")
  [ -n "$booked" ] && [ -n "$ours" ] || { cat "$WORK/booking.out" >&2; die "no booking figures"; }
  local verdict="exactly $BOOKING_SEATS"
  [ "$booked" = "$BOOKING_SEATS" ] || verdict="WRONG: $booked for $BOOKING_SEATS seats"
  [ -z "$errs" ] || verdict+=", errors: $errs"
  NOTES+=("booking: $rush")
  BOOKING_LINE="booking: $ours bookings/s, rush of $BOOKING_RUSH on $BOOKING_SEATS seats booked $verdict, ${errs:-0} errors ($(ratio "$ours" "$PG_INSERT_TPS") of pgbench insert $PG_INSERT_TPS tps measured in the same run)"
  record booking "$ours" bookings/s "pgbench insert" "$PG_INSERT_TPS" tps "$(ratio "$ours" "$PG_INSERT_TPS")" "${errs}"
  result "$BOOKING_LINE"
}
