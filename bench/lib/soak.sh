# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

# bench_search: the archive index and search in-process (bench/Search.java); no app, no database.
# A ministry's mixed work for SOAK_SECONDS against the running jar, through src/test/java/org/nafitha/soak/MixedLoad.java
# (JDK only, run as a single-file program); its watchdog takes a thread dump and ends the run on a hang.
bench_soak() {
  local out="$WORK/soak.out" db="PostgreSQL"
  [ "$SOAK_DB" = h2 ] && db="the embedded H2 file database"
  say "soak: ${SOAK_SECONDS} s of mixed work on $db, $SOAK_CLIENTS citizens submitting and $SOAK_CLIENTS reading pages beside officers, reviewers, bookings, sign-ins and archive searches; a request slower than ${SOAK_LIMIT} s is a hang"
  "$JAVA_HOME/bin/java" "$REPO/src/test/java/org/nafitha/soak/MixedLoad.java" "$BASE" "$SOAK_SECONDS" "$SOAK_LIMIT" \
    "$SOAK_CLIENTS" "$APP_PID" "$WORK/soak" >"$out" 2>&1 || true
  { grep -E '^  [·!] ' "$out" || true; } | sed -E 's/^  [·!] //' | while read -r l; do say "$l"; done
  local line; line=$(grep '^soak:' "$out" | tail -1)
  [ -n "$line" ] || { tail -30 "$out" >&2; die "bench soak gave no result"; }
  local served errors p99 hangs
  served=$(sed -E 's/^soak: ([0-9]+) requests.*/\1/' <<<"$line")
  errors=$(sed -E 's/.* ([0-9]+) server errors.*/\1/' <<<"$line")
  p99=$(sed -E 's/.* p99 ([0-9]+) ms.*/\1/' <<<"$line")
  hangs=$(sed -E 's/.* ([0-9]+) hangs.*/\1/' <<<"$line")
  local r; r=$(ratio "$p99" "$((SOAK_LIMIT * 1000))")
  local err=""
  [ "$hangs" = 0 ] || err+=" $hangs hangs (thread dump under $WORK/soak)"
  [ "$errors" = 0 ] || err+=" $errors server errors"
  NOTES+=("soak on $db: ${line#soak: }")
  record "soak ($SOAK_DB, ${SOAK_SECONDS} s)" "$served" "requests served" "watchdog limit" "$SOAK_LIMIT" s "$r" "$err"
  result "soak: $served requests served, $errors server errors, p99 $p99 ms, $hangs hangs in ${SOAK_SECONDS} s on $db ($r of the ${SOAK_LIMIT} s watchdog limit)"
  [ -z "$err" ] || die "soak:$err"
}
