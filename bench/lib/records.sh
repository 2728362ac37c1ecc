# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

# The citizen's own records read from three registers (vehicles, licence, violations) per request,
# beside the same server stack answering with no work at all.
bench_records() {
  local token; token=$(login "$CITIZEN")
  [ -n "$token" ] || die "no token from login of $CITIZEN"
  curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$BASE/api/v1/registers/mine" || die "GET /api/v1/registers/mine failed"
  say "records: wrk GET /api/v1/registers/mine, $CONNS connections, ${WARMUP} s warm-up + ${DURATION} s"
  wrk_run "$WORK/records-warm.out" "$CONNS" "$WARMUP" get 200 "$token" - "$BASE/api/v1/registers/mine"
  cpu_begin
  wrk_run "$WORK/records.out" "$CONNS" "$DURATION" get 200 "$token" - "$BASE/api/v1/registers/mine"
  cpu_end "records" "$WORK/records.out"
  local rps p50 p99 err
  rps=$(rate "$WORK/records.out"); p50=$(ms "$WORK/records.out" p50_us); p99=$(ms "$WORK/records.out" p99_us)
  err=$(errors "$WORK/records.out")
  RECORDS_LINE="records: $rps req/s p50 $p50 ms p99 $p99 ms$err ($(ratio "$rps" "$HELLO_RPS") of hello $HELLO_RPS req/s measured in the same run)"
  record records "$rps" req/s hello "$HELLO_RPS" req/s "$(ratio "$rps" "$HELLO_RPS")" "$err"
  record "records: p99" "$p99" ms "" "" "" "" ""
  result "$RECORDS_LINE"
}
