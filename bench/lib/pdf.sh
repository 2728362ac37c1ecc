# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

# Verification answers per second for a real, issued birth certificate (the per-client limit raised
# for wrk's one address), beside /bench/hello; then the app stops and bench/Pdf.java issues
# documents on one thread on the same database.
bench_pdf() {
  local citizen officer ref code resp
  citizen=$(login "$CITIZEN"); officer=$(login civil1)
  [ -n "$citizen" ] && [ -n "$officer" ] || die "no tokens for the pdf bench"
  resp=$(curl -fsS -X POST -H "Authorization: Bearer $citizen" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: pdf-$$-$(date +%s)" \
    -d '{"serviceCode":"birth-certificate","fields":{"purpose":"copy","language":"ar","contactMobile":"0501234567"}}' \
    "$BASE/api/v1/applications") || die "could not submit the birth certificate"
  ref=$(sed -n 's/.*"reference" *: *"\([^"]*\)".*/\1/p' <<<"$resp")
  curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $officer" -H 'Content-Type: application/json' \
    -d '{"action":"approve"}' "$BASE/api/v1/staff/cases/$ref/decisions" || die "could not approve $ref"
  local deadline=$((SECONDS + 60))
  until code=$(psql_db -c "SELECT code FROM issued_documents WHERE case_reference = '$ref'") && [ -n "$code" ]; do
    [ "$SECONDS" -lt "$deadline" ] || die "no document issued for $ref within 60 s"
    sleep 0.2
  done
  say "verify: wrk GET /api/v1/verify/$code, $CONNS connections, ${WARMUP} s warm-up + ${DURATION} s"
  wrk_run "$WORK/verify-warm.out" "$CONNS" "$WARMUP" get 200 - - "$BASE/api/v1/verify/$code"
  cpu_begin
  wrk_run "$WORK/verify.out" "$CONNS" "$DURATION" get 200 - - "$BASE/api/v1/verify/$code"
  cpu_end "verify" "$WORK/verify.out"
  local rps p50 p99 err
  rps=$(rate "$WORK/verify.out"); p50=$(ms "$WORK/verify.out" p50_us); p99=$(ms "$WORK/verify.out" p99_us)
  err=$(errors "$WORK/verify.out")
  VERIFY_LINE="verify: $rps req/s p50 $p50 ms p99 $p99 ms$err ($(ratio "$rps" "$HELLO_RPS") of hello $HELLO_RPS req/s measured in the same run)"
  record verify "$rps" req/s hello "$HELLO_RPS" req/s "$(ratio "$rps" "$HELLO_RPS")" "$err"
  result "$VERIFY_LINE"
  stop_app
  local cp="$WORK/classpath"
  (cd "$REPO" && ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null) || die "no classpath"
  [ -d "$REPO/target/classes/org/nafitha" ] || (cd "$REPO" && ./mvnw -q -B compile) >&2
  say "pdf: one thread, 3 s warm-up + ${DURATION} s of a bare openhtmltopdf page, then the same of issued birth certificates"
  run_child "$JAVA_HOME/bin/java" -cp "$(cat "$cp"):$REPO/target/classes" "$BENCH_DIR/Pdf.java" \
    "jdbc:postgresql://$PGHOST:$PGPORT/$DB" "$PGUSER" "$DURATION" "$WORK/pdf" >"$WORK/pdf.out" 2>&1 \
    || { tail -30 "$WORK/pdf.out" >&2; die "bench/Pdf.java failed"; }
  grep -E '^(limit|ours):' "$WORK/pdf.out" | sed 's/^/  · /'
  PDF_LINE=$(grep '^pdf:' "$WORK/pdf.out" | tail -1)
  local value limit
  value=$(sed -n 's/^pdf: \([0-9.]*\) .*/\1/p' <<<"$PDF_LINE")
  limit=$(sed -n 's/.*page \([0-9.]*\) pages.*/\1/p' <<<"$PDF_LINE")
  record pdf "$value" "signed PDFs/s" "bare openhtmltopdf page" "$limit" pages/s "$(ratio "$value" "$limit")" ""
  result "$PDF_LINE"
}
