# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

# bench_matching: the beneficiary matcher against a generated register on PostgreSQL (bench/Matching.java), no app.
bench_matching() {
  local cp="$WORK/classpath" classes="$WORK/bench-classes" line value limit
  (cd "$REPO" && ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null) \
    || die "no classpath"
  # only the name generator from the test classes: they also carry the test suite's settings
  mkdir -p "$classes/org/nafitha/municipal/internal"
  cp "$REPO"/target/test-classes/org/nafitha/municipal/internal/GeneratedNames*.class "$classes/org/nafitha/municipal/internal/"
  say "matching: ${BENCH_MATCHING_NEW:-10000} new beneficiaries against a register of ${BENCH_MATCHING_REGISTER:-1000000}, beside indexed national-ID lookups on the same table"
  run_child "$JAVA_HOME/bin/java" -Xmx1g -cp "$(cat "$cp"):$REPO/target/classes:$classes" "$BENCH_DIR/Matching.java" \
    "jdbc:postgresql://$PGHOST:$PGPORT/$DB?reWriteBatchedInserts=true" "$PGUSER" \
    "${BENCH_MATCHING_REGISTER:-1000000}" "${BENCH_MATCHING_NEW:-10000}" >"$WORK/matching.out" 2>&1 \
    || { tail -30 "$WORK/matching.out" >&2; die "bench/Matching.java failed"; }
  grep -E '^(load|context|ours|limit):' "$WORK/matching.out" | sed 's/^/  · /'
  line=$(grep '^matching:' "$WORK/matching.out" | tail -1)
  value=$(sed -n 's/^matching: \([0-9.]*\) records.*/\1/p' <<<"$line")
  limit=$(sed -n 's/.*lookup \([0-9.]*\) lookups.*/\1/p' <<<"$line")
  record matching "$value" records/s "indexed national-ID lookup" "$limit" lookups/s "$(ratio "$value" "$limit")" ""
  result "$line"
}
