# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

bench_status() {
  local token; token=$(login "$READER")
  [ -n "$token" ] || die "no token from login of $READER"
  say "status: preloading $STATUS_CASES people and $STATUS_CASES cases (bench/generate, seed 42)"
  run_child "$BENCH_DIR/generate" --db "$DB" --people "$STATUS_CASES" --cases "$STATUS_CASES" --seed 42 >"$WORK/generate.out" \
    || { cat "$WORK/generate.out" >&2; die "bench/generate failed"; }
  sed 's/^/  · /' "$WORK/generate.out"
  local resp ref
  resp=$(curl -fsS -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: status-$$-$(date +%s)" \
    -d '{"serviceCode":"passport-renewal","fields":{"validityYears":"10","mobile":"0501234567"}}' \
    "$BASE/api/v1/applications") || die "could not submit the case to read"
  ref=$(sed -n 's/.*"reference" *: *"\([^"]*\)".*/\1/p' <<<"$resp")
  [ -n "$ref" ] || die "no reference in $resp"
  curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$BASE/api/v1/applications/$ref" || die "GET $ref failed"
  local total; total=$(psql_db -c "SELECT count(*) FROM cases")
  # the status poll (GET .../status: one primary-key read, a small answer) is the figure; the whole
  # application with its timeline (what the status figure read until 2026-12-07) is measured beside it
  say "status: wrk GET /api/v1/applications/$ref/status ($total cases in the table), $CONNS connections, ${WARMUP} s warm-up + ${DURATION} s"
  wait_for_events
  wrk_run "$WORK/status-warm.out" "$CONNS" "$WARMUP" get 200 "$token" - "$BASE/api/v1/applications/$ref/status"
  cpu_begin
  statements_begin
  wrk_run "$WORK/status.out" "$CONNS" "$DURATION" get 200 "$token" - "$BASE/api/v1/applications/$ref/status"
  statements_end "status" "$(wv "$WORK/status.out" requests)"
  cpu_end "status" "$WORK/status.out"
  local rps p50 p99 err
  rps=$(rate "$WORK/status.out"); p50=$(ms "$WORK/status.out" p50_us); p99=$(ms "$WORK/status.out" p99_us)
  err=$(errors "$WORK/status.out")
  # The p99 above is at saturation: 32 connections always waiting, so it is mostly the queue (32 /
  # the rate), and hello's own is no lower. The goal's p99 is measured where it means something: the
  # status poll offered half of hello's rate, the rate the goal asks it to sustain, beside hello
  # offered the same.
  local half paced_rps paced_p50 paced_p99 hello_paced_p99
  half=$(awk -v h="$HELLO_RPS" 'BEGIN { printf "%d", h / 2 }')
  wrk_paced "$WORK/status-paced.out" "$CONNS" "$DURATION" "$half" "$token" "$BASE/api/v1/applications/$ref/status"
  paced_rps=$(rate "$WORK/status-paced.out"); paced_p50=$(ms "$WORK/status-paced.out" p50_us)
  paced_p99=$(ms "$WORK/status-paced.out" p99_us)
  wrk_paced "$WORK/hello-paced.out" "$CONNS" "$DURATION" "$half" - "$BASE/bench/hello"
  hello_paced_p99=$(ms "$WORK/hello-paced.out" p99_us)
  record "status: p99 at half of hello's rate" "$paced_p99" ms "hello at the same rate" "$hello_paced_p99" ms "" \
    "$(errors "$WORK/status-paced.out")"
  NOTES+=("status: offered half of hello's rate ($half req/s over $CONNS connections): $paced_rps req/s answered, p50 $paced_p50 ms, p99 $paced_p99 ms$(errors "$WORK/status-paced.out") (hello offered the same: p99 $hello_paced_p99 ms)")
  wrk_run "$WORK/status-full.out" "$CONNS" "$DURATION" get 200 "$token" - "$BASE/api/v1/applications/$ref"
  local full_rps full_p99
  full_rps=$(rate "$WORK/status-full.out"); full_p99=$(ms "$WORK/status-full.out" p99_us)
  record "status: whole application read" "$full_rps" req/s hello "$HELLO_RPS" req/s "$(ratio "$full_rps" "$HELLO_RPS")" ""
  NOTES+=("status: the whole application with its timeline (GET /api/v1/applications/$ref): $full_rps req/s, p99 $full_p99 ms ($(ratio "$full_rps" "$HELLO_RPS") of hello)")
  NOTES+=("status: $READER polls her application $ref, $total cases in the table; hello p50 $HELLO_P50 ms, p99 $HELLO_P99 ms")
  STATUS_LINE="status: $rps req/s p50 $p50 ms p99 $p99 ms$err, p99 $paced_p99 ms at half of hello's rate ($(ratio "$rps" "$HELLO_RPS") of hello $HELLO_RPS req/s measured in the same run)"
  record status "$rps" req/s hello "$HELLO_RPS" req/s "$(ratio "$rps" "$HELLO_RPS")" "$err"
  record "status: p50" "$p50" ms "" "" "" "" ""
  record "status: p99" "$p99" ms "" "" "" "" ""
  result "$STATUS_LINE"
}
