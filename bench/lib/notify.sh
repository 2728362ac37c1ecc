# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

# bench_notify sms|mail: the notification sender in-process on the bench database (bench/Notify.java)
# beside a bare client of the same local server; the app jar is not started for these.
bench_notify() {
  local what=$1 cp="$WORK/classpath" classes="$WORK/bench-classes"
  (cd "$REPO" && ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$cp" >/dev/null) || die "no test classpath"
  # only the test SMS centre from the test classes: they also carry the test suite's database override
  mkdir -p "$classes/org/nafitha/messaging"
  cp "$REPO"/target/test-classes/org/nafitha/messaging/TestSmsc*.class "$classes/org/nafitha/messaging/"
  say "$what: ${DURATION} s of a bare client, then the same load through Nafitha's sender ($THREADS_NOTIFY threads)"
  "$JAVA_HOME/bin/java" -cp "$REPO/target/classes:$classes:$(cat "$cp")" "$BENCH_DIR/Notify.java" "$what" \
    "$DURATION" "$THREADS_NOTIFY" "jdbc:postgresql://$PGHOST:$PGPORT/$DB" "$PGUSER" "$WORK" >"$WORK/$what.out" 2>&1 \
    || { cat "$WORK/$what.out" >&2; die "bench/Notify.java $what failed"; }
  grep -E '^(limit|ours):' "$WORK/$what.out" | sed 's/^/  · /'
  local line value limit unit
  line=$(tail -1 "$WORK/$what.out")
  value=$(sed -n 's/^[a-z]*: \([0-9.]*\) .*/\1/p' <<<"$line")
  unit=$(sed -n 's/^[a-z]*: [0-9.]* \([^ ]*\) .*/\1/p' <<<"$line")
  limit=$(sed -n 's/.* client \([0-9.]*\) .*/\1/p' <<<"$line")
  record "$what" "$value" "$unit" "bare client" "$limit" "$unit" "$(ratio "$value" "$limit")" ""
  NOTIFY_LINES+=("$line")
  result "$line"
}
