# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

bench_submit() {
  local run="s$(date +%s)" out="$WORK/submit.out"
  say "submit: wrk POST /api/v1/applications, $CONNS connections, ${WARMUP} s warm-up + ${DURATION} s"
  wrk_run "$WORK/submit-warm.out" "$CONNS" "$WARMUP" submit 201 "$TOKEN" "w$run" "$BASE/api/v1/applications"
  wait_for_events
  cpu_begin
  statements_begin
  wrk_run "$out" "$CONNS" "$DURATION" submit 201 "$TOKEN" "$run" "$BASE/api/v1/applications"
  cpu_end "submit" "$out"
  local pending; pending=$(pending_events)
  local rps; rps=$(rate "$out")
  local durable; durable=$(psql_db -c "SELECT count(*) FROM idempotency_keys k JOIN cases c ON c.reference = k.case_reference
                                        WHERE k.idempotency_key LIKE '$run-%'")
  local err; err=$(errors "$out")
  local ok; ok=$(wv "$out" ok)
  if [ "$durable" -lt "$ok" ]; then
    err+=" and only $durable of $ok acknowledged submissions in the database"
  fi
  say "submit: $ok created in $(awk -v us="$(wv "$out" duration_us)" 'BEGIN { printf "%.1f", us / 1e6 }') s, $durable found in the database," \
      "p50 $(ms "$out" p50_us) ms p99 $(ms "$out" p99_us) ms; $pending case events still queued when the load stopped"
  NOTES+=("submit: p50 $(ms "$out" p50_us) ms, p99 $(ms "$out" p99_us) ms at $CONNS connections; $durable submissions in the database for $ok acknowledged (more when requests were still in flight as wrk stopped); $pending case events (inbox messages) still queued when the load stopped")
  # The events' work (the applicant's inbox and SMS, the figures) runs after the answer: a rate the
  # listeners cannot follow only grows a backlog. Sustained = the window's submissions over the
  # window plus the time their events took to drain after it.
  local t0 drain sustained; t0=$(date +%s%N)
  wait_for_events
  drain=$(awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
  sustained=$(awk -v n="$ok" -v us="$(wv "$out" duration_us)" -v w="$drain" 'BEGIN { printf "%.0f", n / (us / 1e6 + w) }')
  say "submit: the events of the window drained ${drain} s after the load stopped: $sustained submissions/s sustained"
  NOTES+=("submit: $pending events queued as the load stopped drained in $drain s: $sustained submissions/s with their events done")
  [ "$PG_INSERT_TPS" = 0 ] || record "submit: sustained with events" "$sustained" submissions/s "pgbench insert" "$PG_INSERT_TPS" tps "$(ratio "$sustained" "$PG_INSERT_TPS")" ""
  # every statement a submission caused, its events' work after the answer included
  statements_end "submit" "$ok"
  SUBMIT_LINE="submit: $rps submissions/s$err ($(ratio "$rps" "$PG_INSERT_TPS") of pgbench insert $PG_INSERT_TPS tps measured in the same run)"
  [ "$PG_INSERT_TPS" = 0 ] || record submit "$rps" submissions/s "pgbench insert" "$PG_INSERT_TPS" tps "$(ratio "$rps" "$PG_INSERT_TPS")" "$err"
  result "$SUBMIT_LINE"
}

bench_startup() {
  local rss_kb heap
  rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$APP_PID/status")
  RSS_MB=$((rss_kb / 1024))
  heap=$(jcmd "$APP_PID" GC.heap_info 2>/dev/null | grep -m1 -E 'heap +total' || true)
  HEAP_USED_MB=$(sed -n 's/.* used \([0-9]*\)K.*/\1/p' <<<"$heap" | awk '{ printf "%.0f", $1 / 1024 }')
  HEAP_COMMITTED_MB=$(sed -n 's/.* committed \([0-9]*\)K.*/\1/p' <<<"$heap" | awk '{ printf "%.0f", $1 / 1024 }')
  local r; r=$(ratio "$STARTUP_S" "$STARTUP_BUDGET_S")
  NOTES+=("startup: health UP ${STARTUP_S} s after launch, demo accounts in the database ${READY_S} s after launch (the demo runners hash 8 passwords with Argon2 after the server is up); Spring reported started in ${SPRING_STARTED:-?} s; heap used ${HEAP_USED_MB:-?} MB of ${HEAP_COMMITTED_MB:-?} MB committed after the submit load")
  STARTUP_LINE="startup: $STARTUP_S s to healthy, RSS $RSS_MB MB, heap used ${HEAP_USED_MB:-?} MB after submit load (ratio $r of the $STARTUP_BUDGET_S s budget)"
  record startup "$STARTUP_S" "s to healthy" "budget" "$STARTUP_BUDGET_S" s "$r" ""
  record "startup: RSS after submit load" "$RSS_MB" MB "" "" "" "" ""
  record "startup: heap used after submit load" "${HEAP_USED_MB:-}" MB "" "" "" "" ""
  result "$STARTUP_LINE"
}
