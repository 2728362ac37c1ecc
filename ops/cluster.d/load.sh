# The citizens' load for the cluster drills (sourced after common.sh): Kill9Load submits through
# HAProxy with an Idempotency-Key per submission, retried until acknowledged, and logs every 201.
LOAD_CLIENTS=${LOAD_CLIENTS:-6}
LOAD_SECONDS=${LOAD_SECONDS:-40}

load_start() {  # load_start WORKDIR: starts the load, returns once the first submission is acknowledged
  LOAD_WORK=$1
  mkdir -p "$LOAD_WORK"
  LOAD_STARTED_AT=$(date -u '+%Y-%m-%d %H:%M:%S+00:00')
  java "$REPO/ops/drills/Kill9Load.java" "http://127.0.0.1:$APP_PORT" "$LOAD_CLIENTS" "$LOAD_SECONDS" "$LOAD_WORK/acks.txt" \
    >"$LOAD_WORK/load.out" 2>&1 &
  LOAD_PID=$!
  until [ -s "$LOAD_WORK/acks.txt" ]; do
    kill -0 "$LOAD_PID" 2>/dev/null || { cat "$LOAD_WORK/load.out" >&2; echo "the load ended before any acknowledgement" >&2; return 1; }
    sleep 0.1
  done
}

load_finish() {  # waits for the load, then sets ACKED KEPT LOST DUPLICATED FAILED BY_ANSWER LAST_FAILURE_MS
  wait "$LOAD_PID" || { cat "$LOAD_WORK/load.out" >&2; return 1; }
  sed 's/^/  · /' "$LOAD_WORK/load.out"
  ACKED=$(wc -l <"$LOAD_WORK/acks.txt")
  # the acknowledgements go in through COPY: thousands of them do not fit on a command line
  KEPT=$(cluster_sql_file <<SQL
CREATE TEMP TABLE acks (k TEXT, r TEXT);
\copy acks FROM '$LOAD_WORK/acks.txt' WITH (FORMAT text, DELIMITER ' ')
SELECT count(*) FROM acks a JOIN idempotency_keys i ON i.idempotency_key = a.k AND i.case_reference = a.r JOIN cases c ON c.reference = a.r;
SQL
)
  # a case submitted during the drill with no key of its own would be a second copy of a retried submission
  DUPLICATED=$(cluster_sql "SELECT count(*) FROM cases c WHERE c.submitted_at >= TIMESTAMP WITH TIME ZONE '$LOAD_STARTED_AT' AND c.applicant IN ('1000000008','1000000016','2000000006') AND NOT EXISTS (SELECT 1 FROM idempotency_keys i WHERE i.case_reference = c.reference)")
  LOST=$((ACKED - KEPT))
  FAILED=$(sed -n 's/^load: .* \([0-9]*\) failed requests.*/\1/p' "$LOAD_WORK/load.out")
  BY_ANSWER=$(sed -n 's/^failed requests by answer: *//p' "$LOAD_WORK/load.out")
  LAST_FAILURE_MS=$(sed -n 's/^last failure epoch ms: \([0-9]*\)$/\1/p' "$LOAD_WORK/load.out")
}

cluster_sql() {  # the primary, through HAProxy (retried while a failover settles)
  for _ in $(seq 1 60); do
    psql -X -q -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$PG_DB" -c "$1" 2>/dev/null && return
    sleep 1
  done
  return 1
}

cluster_sql_file() {  # the SQL script on stdin, its last result printed
  local script; script=$(cat)
  for _ in $(seq 1 60); do
    echo "$script" | psql -X -q -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$PG_DB" -f - 2>/dev/null | tail -1 && return
    sleep 1
  done
  return 1
}
