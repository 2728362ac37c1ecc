# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

# Our case engine and Flowable 7, each in a JVM of its own on the run's database, one after the
# other at the same number of workers: transitions/s through DecidingCases (approve, then confirm
# by another person) beside Flowable's start-process + complete-task per second.
bench_casework() {
  local cp="$WORK/classpath" fcp="$WORK/flowable-classpath"
  (cd "$REPO" && ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null) || die "no classpath"
  (cd "$REPO" && ./mvnw -q -B -f bench/flowable/pom.xml dependency:build-classpath -Dmdep.outputFile="$fcp" >/dev/null) \
    || die "no Flowable classpath (bench/flowable/pom.xml)"
  [ -d "$REPO/target/classes/org/nafitha" ] || (cd "$REPO" && ./mvnw -q -B compile) >&2
  local url="jdbc:postgresql://$PGHOST:$PGPORT/$DB?reWriteBatchedInserts=true"
  say "casework: $CASEWORK_WORKERS workers, 2 s warm-up + ${DURATION} s each: Nafitha (approve + confirm; its migrations first), then Flowable 7 (start + complete)"
  run_child "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} -cp "$(cat "$cp"):$REPO/target/classes" "$BENCH_DIR/Casework.java" "$url" "$PGUSER" \
    "$DURATION" "$CASEWORK_WORKERS" "$CASEWORK_CASES" "$WORK/casework" >"$WORK/casework.out" 2>&1 \
    || { tail -30 "$WORK/casework.out" >&2; die "bench/Casework.java failed"; }
  run_child "$JAVA_HOME/bin/java" -cp "$(cat "$fcp")" "$BENCH_DIR/FlowablePeer.java" "$url" "$PGUSER" "$DURATION" \
    "$CASEWORK_WORKERS" >"$WORK/flowable.out" 2>&1 || { tail -30 "$WORK/flowable.out" >&2; die "bench/FlowablePeer.java failed"; }
  local ours theirs
  ours=$(sed -n 's/^nafitha: \([0-9.]*\) transitions.*/\1/p' "$WORK/casework.out")
  theirs=$(sed -n 's/^flowable: \([0-9.]*\) start.*/\1/p' "$WORK/flowable.out")
  [ -n "$ours" ] && [ -n "$theirs" ] || { cat "$WORK/flowable.out" "$WORK/casework.out" >&2; die "no casework figures"; }
  say "$(grep '^flowable:' "$WORK/flowable.out")"
  say "$(grep '^nafitha:' "$WORK/casework.out")"
  local cpu; cpu=$(grep '^cpu:' "$WORK/casework.out" | sed 's/^cpu: //')
  [ -n "$cpu" ] && NOTES+=("casework: Nafitha's process CPU $cpu")
  local statements; statements=$(sed -n 's/^statements: \([0-9.]*\) per transition.*/\1/p' "$WORK/casework.out")
  if [ -n "$statements" ]; then
    record "casework: statements per operation" "$statements" statements "" "" "" "" ""
    NOTES+=("casework: $(grep '^statements:' "$WORK/casework.out" | sed 's/^statements: //')")
    grep '^statement per transition: ' "$WORK/casework.out" | sed 's/^statement per transition: /  · casework statements: /' || true
  fi
  grep -E '^(refused|operation failed)' "$WORK/casework.out" "$WORK/flowable.out" | sort | uniq -c | sed 's/^/  · /' || true
  NOTES+=("casework: a Flowable start+complete is one process instance started and its one user task completed (history level audit); a Nafitha transition is one workflow step of a case with its timeline step, audit entry and event")
  CASEWORK_LINE="casework: $ours transitions/s ($(ratio "$ours" "$theirs") of Flowable 7 $theirs start+complete/s measured in the same run, $CASEWORK_WORKERS workers)"
  record casework "$ours" transitions/s "Flowable 7 start+complete" "$theirs" ops/s "$(ratio "$ours" "$theirs")" ""
  result "$CASEWORK_LINE"
}
