# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

# bench_reconcile: a settlement file matched in-process (bench/Reconcile.java); no app, no database.
bench_reconcile() {
  local cp="$WORK/classpath" line value limit
  (cd "$REPO" && ./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null) || die "no classpath"
  say "reconcile: a camt.053 file of ${BENCH_RECONCILE_ENTRIES:-1000000} entries against as many charges, beside a bare StAX pass over the same file"
  run_child "$JAVA_HOME/bin/java" -Xmx1g -cp "$(cat "$cp"):$REPO/target/classes" "$BENCH_DIR/Reconcile.java" \
    "${BENCH_RECONCILE_ENTRIES:-1000000}" "$WORK/reconcile" >"$WORK/reconcile.out" 2>&1 \
    || { tail -30 "$WORK/reconcile.out" >&2; die "bench/Reconcile.java failed"; }
  grep -E '^(context|ours|limit):' "$WORK/reconcile.out" | sed 's/^/  · /'
  line=$(grep '^reconcile:' "$WORK/reconcile.out" | tail -1)
  value=$(sed -n 's/^reconcile: \([0-9.]*\) entries.*/\1/p' <<<"$line")
  limit=$(sed -n 's/.*bare StAX \([0-9.]*\) entries.*/\1/p' <<<"$line")
  record reconcile "$value" entries/s "bare StAX pass" "$limit" entries/s "$(ratio "$value" "$limit")" ""
  result "$line"
}
