# The helpers every benchmark uses: tools, JDK, PostgreSQL, the jar, the app and its database,
# measuring (wrk, CPU split, statements per operation), results. Sourced by bench/run.
# shellcheck shell=bash

say() { echo "  · $*"; }
die() { echo "bench: $*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# Tools, JDK, PostgreSQL, the jar

pick_jdk() {
  local best="" best_version=0 home version
  for home in /usr/lib/jvm/*; do
    [ -x "$home/bin/java" ] || continue
    version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    version=${version%%.*}
    if [ -n "$version" ] && [ "$version" -ge 21 ] && [ "$version" -gt "$best_version" ]; then
      best=$home; best_version=$version
    fi
  done
  [ -n "$best" ] || die "no JDK >= 21 under /usr/lib/jvm"
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
}

apt_install() {
  echo "  · installing $*" >&2
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq >&2; APT_UPDATED=1; fi
  apt-get install -y -qq --no-install-recommends "$@" >&2
}

ensure_tools() {
  local missing=()
  command -v psql >/dev/null || missing+=(postgresql-client)
  command -v wrk >/dev/null || missing+=(wrk)
  command -v curl >/dev/null || missing+=(curl)
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
  # pgbench: /usr/bin/pgbench is a wrapper; on Debian 12 the program itself comes with the server
  # package (postgresql-15), on newer releases with the client package.
  if ! pgbench --version >/dev/null 2>&1; then
    apt_install postgresql-client
    pgbench --version >/dev/null 2>&1 || apt_install postgresql
  fi
  pgbench --version >/dev/null 2>&1 || die "pgbench is not available"
}

ensure_postgres() {
  if pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null; then return; fi
  echo "  · starting PostgreSQL" >&2
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start >&2 || true
  for _ in $(seq 1 30); do
    pg_isready -q -h "$PGHOST" -p "$PGPORT" && return
    sleep 1
  done
  die "PostgreSQL does not answer at $PGHOST:$PGPORT"
}

ensure_jar() {
  if [ -n "${NAFITHA_JAR:-}" ]; then
    JAR=$NAFITHA_JAR
    [ -f "$JAR" ] || die "NAFITHA_JAR=$JAR does not exist"
    return
  fi
  JAR=$(ls -t "$REPO"/target/nafitha-*.jar 2>/dev/null | head -1 || true)
  if [ -z "$JAR" ] || [ -n "$(find "$REPO/src" "$REPO/pom.xml" -newer "$JAR" -print -quit)" ]; then
    say "building the jar (./mvnw -q -B package -DskipTests)"
    (cd "$REPO" && ./mvnw -q -B package -DskipTests) >&2
    JAR=$(ls -t "$REPO"/target/nafitha-*.jar | head -1)
  fi
}

free_port() {
  local port
  if [ -n "${BENCH_PORT:-}" ]; then echo "$BENCH_PORT"; return; fi
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  die "no free port"
}

# ---------------------------------------------------------------------------------------------
# The app and its database; always stopped and dropped, whatever happens

WORK=$(mktemp -d /tmp/nafitha-bench.XXXXXX)
DB=""
APP_PID=""

# run_child CMD...: runs a long command (wrk, pgbench, the generator) in the background and waits,
# so that Ctrl-C or a TERM reaches the trap at once instead of after the command ends.
CHILD=""
run_child() {
  local rc=0
  "$@" &
  CHILD=$!
  wait "$CHILD" || rc=$?
  CHILD=""
  return "$rc"
}

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}

cleanup() {
  local rc=$?
  set +e
  trap - EXIT INT TERM
  if [ -n "$CHILD" ]; then kill "$CHILD" 2>/dev/null; wait "$CHILD" 2>/dev/null; fi
  stop_app
  stop_janus
  if [ -n "$DB" ]; then dropdb --if-exists --force "$DB" >/dev/null 2>&1; fi
  if [ "$rc" -ne 0 ]; then
    echo "bench: failed (exit $rc); work files kept in $WORK" >&2
    [ -f "$WORK/app.log" ] && { echo "--- last lines of the app log:" >&2; tail -25 "$WORK/app.log" >&2; }
  else
    rm -rf "$WORK"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Janus as the tests start it (src/test/java/org/nafitha/meetings/MediaServers.java): the Debian package's
# VideoRoom and echo test plugins and HTTP transport, configuration written under $WORK/janus, ICE on
# loopback only; the app's rooms are recorded into $WORK/janus/recordings (the room's rec_dir).
JANUS_PID=""
start_janus() {
  local dir="$WORK/janus" lib=/usr/lib/x86_64-linux-gnu/janus rtp
  command -v janus >/dev/null || die "no janus (apt-get install janus)"
  mkdir -p "$dir/plugins" "$dir/transports" "$dir/recordings"
  ln -sf "$lib/plugins/libjanus_videoroom.so" "$lib/plugins/libjanus_echotest.so" "$dir/plugins/"
  ln -sf "$lib/transports/libjanus_http.so" "$dir/transports/"
  JANUS_PORT=$(free_port)
  rtp=$((40000 + RANDOM % 20000))
  cat >"$dir/janus.jcfg" <<EOF
general: { configs_folder = "$dir" plugins_folder = "$dir/plugins" transports_folder = "$dir/transports"
           events_folder = "$dir/none" loggers_folder = "$dir/none" debug_level = 4 }
media: { rtp_port_range = "$rtp-$((rtp + 999))" }
nat: { ice_enforce_list = "lo" }
plugins: {}
transports: {}
events: { broadcast = false }
EOF
  cat >"$dir/janus.transport.http.jcfg" <<EOF
general: { json = "plain" base_path = "/janus" http = true port = $JANUS_PORT interface = "lo" https = false }
admin: { admin_http = false }
EOF
  echo 'general: { }' >"$dir/janus.plugin.videoroom.jcfg"
  echo 'general: { }' >"$dir/janus.plugin.echotest.jcfg"
  janus -F "$dir" -C "$dir/janus.jcfg" >"$dir/janus.log" 2>&1 &
  JANUS_PID=$!
  JANUS_URL="http://127.0.0.1:$JANUS_PORT/janus"
  for _ in $(seq 1 300); do
    if curl -fsS -m 1 "$JANUS_URL/info" >/dev/null 2>&1; then
      say "Janus $(janus --version 2>/dev/null | sed -n 's/^Janus version: .*(\(.*\))/\1/p'), pid $JANUS_PID, $JANUS_URL"
      return
    fi
    kill -0 "$JANUS_PID" 2>/dev/null || { tail -20 "$dir/janus.log" >&2; die "Janus exited while starting"; }
    sleep 0.1
  done
  die "Janus did not answer within 30 s"
}

stop_janus() {
  if [ -n "$JANUS_PID" ] && kill -0 "$JANUS_PID" 2>/dev/null; then
    kill "$JANUS_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$JANUS_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$JANUS_PID" 2>/dev/null || true
    wait "$JANUS_PID" 2>/dev/null || true
  fi
  JANUS_PID=""
}

psql_db() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

create_db() {
  DB="nafitha_bench_$(date +%Y%m%d_%H%M%S)_$$"
  createdb "$DB"
}

start_app() {
  PORT=$(free_port)
  BASE="http://127.0.0.1:$PORT"
  mkdir -p "$WORK/keys" "$WORK/documents"
  local t0 t1
  t0=$(date +%s%N)
  # Thymeleaf's cache is on as in production: the demo profile turns it off for editing templates.
  # Cases go straight to officers (the casework benchmarks); bench/run payments pays through the gateway.
  (cd "$WORK" && exec "$JAVA_HOME/bin/java" ${BENCH_PROFILE:+-XX:FlightRecorderOptions:stackdepth=256} ${BENCH_JAVA_OPTS:-} -jar "$JAR" \
    --spring.profiles.active=demo,bench --server.port="$PORT" \
    --spring.datasource.url="${APP_DB_URL:-jdbc:postgresql://$PGHOST:$PGPORT/$DB}" --spring.datasource.username="${APP_DB_USER:-$PGUSER}" \
    --nafitha.identity.key-dir="$WORK/keys" --nafitha.documents.store-dir="$WORK/documents" \
    --spring.thymeleaf.cache=true --nafitha.identity.max-codes=100000000 \
    --nafitha.issuance.demo-key-dir="$WORK/keys" --nafitha.cases.await-payment=false ${APP_EXTRA_ARGS:-}) >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  local deadline=$((SECONDS + 180))
  until curl -fsS -m 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$APP_PID" 2>/dev/null || die "the app exited while starting"
    [ "$SECONDS" -lt "$deadline" ] || die "the app was not healthy within 180 s"
    sleep 0.05
  done
  t1=$(date +%s%N)
  # Health is UP once the server listens; readiness waits for the application runners too (the
  # demo accounts, hashed with Argon2), and only then can the benchmarks sign in.
  until curl -fsS -m 2 "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$APP_PID" 2>/dev/null || die "the app exited while starting"
    [ "$SECONDS" -lt "$deadline" ] || die "the app was not ready within 180 s"
    sleep 0.05
  done
  # Readiness can turn UP before the runners finish; the benchmarks need the demo citizen's account.
  # (On the embedded database the soak's own client waits for the accounts.)
  until [ -n "${APP_DB_URL:-}" ] || [ "$(psql_db -c "SELECT count(*) FROM accounts WHERE username = '$CITIZEN'" 2>/dev/null)" = 1 ]; do
    kill -0 "$APP_PID" 2>/dev/null || die "the app exited while starting"
    [ "$SECONDS" -lt "$deadline" ] || die "the demo accounts were not created within 180 s"
    sleep 0.1
  done
  local t2; t2=$(date +%s%N)
  STARTUP_S=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
  READY_S=$(awk -v a="$t0" -v b="$t2" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
  SPRING_STARTED=$(sed -n 's/.*Started [A-Za-z]* in \([0-9.]*\) seconds.*/\1/p' "$WORK/app.log" | head -1)
  say "app healthy ${STARTUP_S} s after launch, demo accounts there ${READY_S} s (Spring: started in ${SPRING_STARTED:-?} s), pid $APP_PID, port $PORT"
}

# login USERNAME: prints a bearer token. Password (Argon2) first; when the app answers 202 with an
# SMS challenge, the code is read from the dev outbox (no SMS centre in the demo) and exchanged.
login() {
  local resp challenge code
  resp=$(curl -fsS -X POST -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$DEMO_PASSWORD\"}" "$BASE/api/v1/auth/login") || die "login of $1 failed"
  challenge=$(sed -n 's/.*"challengeId" *: *"\([^"]*\)".*/\1/p' <<<"$resp")
  if [ -n "$challenge" ]; then
    code=$(psql_db -c "SELECT substring(body FROM 'code ([0-9]+)') FROM dev_outbox
                       WHERE account = '$1' AND purpose = 'sign-in' ORDER BY id DESC LIMIT 1")
    [ -n "$code" ] || die "no sign-in code for $1 in the dev outbox"
    resp=$(curl -fsS -X POST -H 'Content-Type: application/json' \
      -d "{\"challengeId\":\"$challenge\",\"code\":\"$code\"}" "$BASE/api/v1/auth/otp") || die "sign-in code of $1 refused"
  fi
  sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p' <<<"$resp"
}

# ---------------------------------------------------------------------------------------------
# Measuring

# wrk_run OUT CONNECTIONS SECONDS MODE EXPECT TOKEN RUNID URL [wrk options...]
wrk_run() {
  local out=$1 c=$2 d=$3 mode=$4 expect=$5 token=$6 run=$7 url=$8
  shift 8
  local t=$THREADS
  [ "$c" -ge "$t" ] || t=$c
  run_child wrk -t"$t" -c"$c" -d"${d}s" --timeout 10s "$@" -s "$BENCH_DIR/wrk.lua" "$url" -- "$mode" "$expect" "$token" "$run" \
    >"$out" 2>&1 || { cat "$out" >&2; die "wrk failed"; }
  grep -q '^WRK ' "$out" || { cat "$out" >&2; die "wrk printed no result"; }
}

# wrk_paced OUT CONNECTIONS SECONDS RATE TOKEN URL: GET at about RATE requests/s in all, each connection
# pausing before each request (bench/wrk-paced.lua); below saturation the latencies are the requests'
# own, not the length of the queue in front of them. A connection's cycle is its pause plus the
# answer's latency, so a 3-second run first measures that latency at the load and the pause is
# shortened by it (CONNECTIONS/RATE seconds minus the median latency).
wrk_paced() {
  local out=$1 c=$2 d=$3 rate=$4 token=$5 url=$6 t=$THREADS pause seconds
  [ "$c" -ge "$t" ] || t=$c
  pause=$(awk -v c="$c" -v r="$rate" 'BEGIN { printf "%d", 1000 * c / r }')
  for seconds in 3 "$d"; do
    run_child wrk -t"$t" -c"$c" -d"${seconds}s" --timeout 10s -s "$BENCH_DIR/wrk-paced.lua" "$url" -- get 200 "$token" paced \
      "$pause" >"$out" 2>&1 || { cat "$out" >&2; die "wrk failed"; }
    grep -q '^WRK ' "$out" || { cat "$out" >&2; die "wrk printed no result"; }
    pause=$(awk -v p="$pause" -v us="$(wv "$out" p50_us)" 'BEGIN { q = p - us / 1000; printf "%d", (q < 0 ? 0 : q) }')
  done
}

# wv FILE KEY: a value of the WRK line
wv() { grep '^WRK ' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

rate() { awk -v n="$(wv "$1" ok)" -v us="$(wv "$1" duration_us)" 'BEGIN { printf "%.0f", n * 1e6 / us }'; }
ms() { awk -v us="$(wv "$1" "$2")" 'BEGIN { v = us / 1000; printf (v < 10 ? "%.1f" : "%.0f"), v }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { r = (b > 0 ? a / b : 0); printf (r < 0.1 ? "%.3f" : "%.2f"), r }'; }

# errors FILE: empty when clean, else "with N errors (...)"
errors() {
  local f=$1 bad sock status
  bad=$(wv "$f" bad); status=$(wv "$f" bad_status)
  sock=$(($(wv "$f" connect_err) + $(wv "$f" read_err) + $(wv "$f" write_err) + $(wv "$f" timeout_err)))
  if [ "$bad" -gt 0 ] || [ "$sock" -gt 0 ]; then
    echo " with $((bad + sock)) errors ($bad unexpected responses, last status $status; $sock socket errors/timeouts)"
  fi
}

CSV_ROWS=()
TABLE_ROWS=()
NOTIFY_LINES=()
UNCOMPRESSED=()
NOTES=()

# result LINE: the notes gathered since the last result, then the result line itself
NOTES_SHOWN=0
result() {
  local i
  for ((i = NOTES_SHOWN; i < ${#NOTES[@]}; i++)); do say "${NOTES[$i]}"; done
  NOTES_SHOWN=${#NOTES[@]}
  echo "$1"
}

# record BENCHMARK VALUE UNIT LIMIT_NAME LIMIT_VALUE LIMIT_UNIT RATIO ERRORS
record() {
  local q='"' row="" v
  for v in "$@"; do row+="${row:+,}$q${v//\"/\"\"}$q"; done
  CSV_ROWS+=("$row")
  case "$1" in limit:*) return ;; esac
  local cmp=""
  [ -z "$4" ] || cmp="$4 $5 $6"
  TABLE_ROWS+=("| $1 | $2 $3${8:+ **$8**} | $cmp | $7 |")
}

measure_pg_limits() {
  say "limit: pgbench, $CONNS clients, ${DURATION} s each"
  psql_db >/dev/null <<'SQL'
CREATE TABLE bench_insert (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                           at TIMESTAMPTZ NOT NULL DEFAULT now(), payload TEXT NOT NULL);
CREATE TABLE bench_select (id INT PRIMARY KEY, payload TEXT NOT NULL);
INSERT INTO bench_select SELECT g, md5(g::text) FROM generate_series(1, 100000) g;
VACUUM ANALYZE bench_select;
SQL
  local j=$THREADS
  run_child pgbench -n -M prepared -c "$CONNS" -j "$j" -T "$DURATION" -f "$BENCH_DIR/pgbench-insert.sql" "$DB" >"$WORK/pg-insert.out" 2>&1 \
    || { cat "$WORK/pg-insert.out" >&2; die "pgbench insert failed"; }
  PG_INSERT_TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/pg-insert.out" | head -1 | awk '{ printf "%.0f", $1 }')
  say "pgbench insert: $PG_INSERT_TPS tps (one-row INSERT, one transaction each)"
  record "limit: pgbench insert" "$PG_INSERT_TPS" tps "" "" "" "" ""
  if [ "$WHAT" = all ]; then
    run_child pgbench -n -M prepared -c "$CONNS" -j "$j" -T "$DURATION" -f "$BENCH_DIR/pgbench-select.sql" "$DB" >"$WORK/pg-select.out" 2>&1 \
      || { cat "$WORK/pg-select.out" >&2; die "pgbench select failed"; }
    PG_SELECT_TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/pg-select.out" | head -1 | awk '{ printf "%.0f", $1 }')
    say "pgbench select: $PG_SELECT_TPS tps (primary-key SELECT)"
    record "limit: pgbench select" "$PG_SELECT_TPS" tps "" "" "" "" ""
  fi
}

measure_hello() {
  say "limit: wrk GET /bench/hello, $CONNS connections, ${WARMUP} s warm-up + ${DURATION} s"
  wrk_run "$WORK/hello-warm.out" "$CONNS" "$WARMUP" get 200 - hello "$BASE/bench/hello"
  cpu_begin
  wrk_run "$WORK/hello.out" "$CONNS" "$DURATION" get 200 - hello "$BASE/bench/hello"
  cpu_end "hello"
  HELLO_RPS=$(rate "$WORK/hello.out")
  HELLO_P50=$(ms "$WORK/hello.out" p50_us); HELLO_P99=$(ms "$WORK/hello.out" p99_us)
  say "hello: $HELLO_RPS req/s p50 $HELLO_P50 ms p99 $HELLO_P99 ms$(errors "$WORK/hello.out")"
  record "limit: hello" "$HELLO_RPS" req/s "" "" "" "" "$(errors "$WORK/hello.out")"
}

# CPU split while a measurement runs: the app, PostgreSQL (all its processes) and everything else
# (the load generator, and whatever else runs on the machine), in cores.
cpu_snap() {
  local total app pg
  total=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat)
  app=$(sed 's/.*) //' "/proc/$APP_PID/stat" | awk '{ print $12 + $13 }')
  pg=$(cat /proc/[0-9]*/stat 2>/dev/null | awk '$2 == "(postgres)" { s += $14 + $15 } END { print s + 0 }' || true)
  echo "$(date +%s%N) $total $app ${pg:-0}"
}
# Rows read and written per table (pg_stat_user_tables), to say per request where the database
# time goes. Backends report their counters about once a second, so the figures are approximate.
table_snap() {
  psql_db -F ' ' -c "SELECT relname, seq_tup_read + coalesce(idx_tup_fetch, 0), n_tup_ins + n_tup_upd + n_tup_del,
                            seq_scan FROM pg_stat_user_tables" >"$1"
}
cpu_begin() {
  CPU_BEFORE=$(cpu_snap); table_snap "$WORK/tables-before"
  # BENCH_PROFILE=DIR: a flight recording of exactly the measured window (not start-up or warm-up)
  if [ -n "${BENCH_PROFILE:-}" ] && [ -n "$APP_PID" ]; then
    jcmd "$APP_PID" JFR.start name=measure settings=profile >/dev/null 2>&1 || NOTES+=("could not start a flight recording")
  fi
}
# profile_end LABEL: stops the recording, keeps it as DIR/LABEL.jfr and notes its hottest methods
profile_end() {
  [ -n "${BENCH_PROFILE:-}" ] && [ -n "$APP_PID" ] || return 0
  local file; mkdir -p "$BENCH_PROFILE"; file="$(cd "$BENCH_PROFILE" && pwd)/${1//[^a-z0-9]/-}.jfr"
  jcmd "$APP_PID" JFR.stop name=measure filename="$file" >/dev/null 2>&1 || { NOTES+=("$1: no flight recording"); return 0; }
  "$JAVA_HOME/bin/jfr" view --width 160 hot-methods "$file" >"${file%.jfr}-hot-methods.txt" 2>&1 || true
  "$JAVA_HOME/bin/jfr" view --width 160 allocation-by-site "$file" >"${file%.jfr}-allocations.txt" 2>&1 || true
  NOTES+=("$1: flight recording of the measured window in $file; hottest methods: $(grep -E '^[a-z].*%' "${file%.jfr}-hot-methods.txt" | head -5 | awk '{ $1 = $1; print }' | paste -sd ';' -)")
}
# cpu_end LABEL [WRK_OUTPUT]: CPU split, and with the wrk output the table rows per request
cpu_end() {
  local label=$1 out=${2:-} after hz; after=$(cpu_snap); hz=$(getconf CLK_TCK)
  profile_end "$label"
  if [ -n "$out" ]; then
    sleep 1.5
    table_snap "$WORK/tables-after"
    NOTES+=("$label: database rows per request (pg_stat_user_tables, approximate): $(awk -v n="$(wv "$out" requests)" '
      NR == FNR { r[$1] = $2; w[$1] = $3; q[$1] = $4; next }
      { dr = $2 - r[$1]; dw = $3 - w[$1]; dq = $4 - q[$1]
        if (n > 0 && (dr + dw) / n >= 0.05) printf "%s %s%.1f read, %.1f written%s", sep, $1 ":", dr / n, dw / n, (dq > 0 ? sprintf(" (%d seq scans)", dq) : ""); if (n > 0 && (dr + dw) / n >= 0.05) sep = ";" }
      END { if (sep == "") printf "none" }' "$WORK/tables-before" "$WORK/tables-after" | sed 's/^ //')")
  fi
  NOTES+=("$label: $(awk -v a="$CPU_BEFORE" -v b="$after" -v hz="$hz" -v n="$(nproc)" 'BEGIN {
    split(a, x, " "); split(b, y, " "); s = (y[1] - x[1]) / 1e9
    app = (y[3] - x[3]) / hz / s; pg = (y[4] - x[4]) / hz / s; all = (y[2] - x[2]) / hz / s
    printf "CPU in cores of %d: app %.2f, PostgreSQL %.2f, everything else (load generator, other work) %.2f", n, app, pg, all - app - pg }')")
}

# Statements per operation (pg_stat_statements). The module must be preloaded: when it is not, the
# run asks PostgreSQL for it and restarts the cluster once, before the app connects (a bench owns the
# machine). Background work in the window (outbox pollers) counts too, so the figure is an upper bound.
STATEMENTS=""
statements_setup() {
  if ! psql -X -At -d postgres -c "SHOW shared_preload_libraries" | grep -q pg_stat_statements; then
    say "pg_stat_statements: preloading it (ALTER SYSTEM) and restarting PostgreSQL once"
    psql -X -q -d postgres -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" \
      && { pg_ctlcluster "${PG%%.*}" main restart 2>/dev/null || service postgresql restart >/dev/null 2>&1; } \
      || { NOTES+=("statements per operation: pg_stat_statements could not be loaded"); return 0; }
    local i; for i in $(seq 1 30); do psql -X -At -d postgres -c "SELECT 1" >/dev/null 2>&1 && break; sleep 1; done
  fi
  psql_db -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null 2>&1 && STATEMENTS=1 \
    || NOTES+=("statements per operation: pg_stat_statements is not available")
}
statements_begin() { [ -z "$STATEMENTS" ] || psql_db -c "SELECT pg_stat_statements_reset()" >/dev/null; }
# statements_end LABEL OPERATIONS: statements per operation in the window, and the three most frequent
statements_end() {
  [ -n "$STATEMENTS" ] && [ "${2:-0}" -gt 0 ] || return 0
  local per top
  per=$(psql_db -c "SELECT round(coalesce(sum(calls), 0)::numeric / $2, 2) FROM pg_stat_statements
                    WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                    AND query NOT LIKE '%pg_stat_statements%'")
  top=$(psql_db -F ' ' -c "SELECT round(calls::numeric / $2, 2), regexp_replace(left(query, 70), '\\s+', ' ', 'g')
                    FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                    AND query NOT LIKE '%pg_stat_statements%' ORDER BY calls DESC LIMIT 3" | paste -sd ';' -)
  record "$1: statements per operation" "$per" statements "" "" "" "" ""
  # the fifteen most frequent on the console, so a change in the count can be traced to its statements
  psql_db -F ' ' -c "SELECT round(calls::numeric / $2, 2), regexp_replace(left(query, 110), '\\s+', ' ', 'g')
                    FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                    AND query NOT LIKE '%pg_stat_statements%' ORDER BY calls DESC LIMIT 15" | sed "s/^/  · $1 statements: /"
  NOTES+=("$1: $per statements per operation (pg_stat_statements, background work included); most frequent per operation: $top")
}

pending_events() { psql_db -c "SELECT count(*) FROM event_publication WHERE completion_date IS NULL"; }

wait_for_events() {
  local deadline=$((SECONDS + 300)) n
  while n=$(pending_events) && [ "$n" -gt 0 ]; do
    [ "$SECONDS" -lt "$deadline" ] || { NOTES+=("$n case events were still unprocessed 300 s after the submit load"); return; }
    sleep 0.5
  done
}
