# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

# The verifiable log, in a JVM of its own (bench/Audit.java starts the application's context on
# the run's database, with the sequencer on demand so each phase is measured alone): appends/s at
# $CONNS writers beside plain one-row INSERTs/s through the same JDBC pool, sequencing, proof
# times at AUDIT_ENTRIES entries, and the export plus offline verification of all of them.
bench_audit() {
  local cp="$WORK/classpath"
  (cd "$REPO" && ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null) || die "no classpath"
  [ -d "$REPO/target/classes/org/nafitha" ] || (cd "$REPO" && ./mvnw -q -B compile) >&2
  say "audit: $CONNS writers, ${DURATION} s of plain INSERTs, then ${DURATION} s of log appends; then $AUDIT_ENTRIES entries for proofs and verification"
  run_child "$JAVA_HOME/bin/java" -Xmx2g -cp "$(cat "$cp"):$REPO/target/classes" "$BENCH_DIR/Audit.java" \
    "jdbc:postgresql://$PGHOST:$PGPORT/$DB?reWriteBatchedInserts=true" "$PGUSER" "$DURATION" "$CONNS" "$AUDIT_ENTRIES" \
    "$WORK/audit" >"$WORK/audit.out" 2>&1 || { tail -30 "$WORK/audit.out" >&2; die "bench/Audit.java failed"; }
  grep -E '^(limit|appends|sequencing|proofs|export):' "$WORK/audit.out" | sed 's/^/  · /'
  AUDIT_LINE=$(grep '^audit:' "$WORK/audit.out" | tail -1)
  local appends plain
  appends=$(sed -n 's/^audit: \([0-9.]*\) appends.*/\1/p' <<<"$AUDIT_LINE")
  plain=$(sed -n 's/.*plain insert \([0-9.]*\) rows.*/\1/p' <<<"$AUDIT_LINE")
  record audit "$appends" appends/s "plain insert" "$plain" rows/s "$(ratio "$appends" "$plain")" ""
  NOTES+=("audit: $(grep '^proofs' "$WORK/audit.out" | head -1)")
  NOTES+=("audit: $(grep '^export' "$WORK/audit.out" | head -1)")
  NOTES+=("audit: $(grep '^sequencing' "$WORK/audit.out" | head -1)")
  result "$AUDIT_LINE"
}
