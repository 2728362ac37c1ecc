# Shared by ops/cluster and the drills in ops/drills/: where the cluster lives and how each part starts.
# Sourced with REPO set to the repository root.
CLUSTER_DIR=${CLUSTER_DIR:-/tmp/nafitha-cluster}
APP_PORT=${APP_PORT:-8080}            # HAProxy in front of the nodes
PG_PORT=${PG_PORT:-5440}              # HAProxy in front of the PostgreSQL primary
STATS_PORT=${STATS_PORT:-8404}
ETCD_PORT=${ETCD_PORT:-2479}
S3_PORT=${S3_PORT:-9000}
NODES=${NODES:-3}
SEARCH=${SEARCH:-lucene}              # solr: the archive's search on a two-node SolrCloud (ops/solr/run)
PG_DB=nafitha
S3_KEY=nafitha-cluster
S3_SECRET=nafitha-cluster-secret

node_port() { echo $((8080 + $1)); }
pg_port() { echo $((5440 + $1)); }
patroni_port() { echo $((8440 + $1)); }

pick_java() {
  for home in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -x "$home/bin/javac" ] && "$home/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' \
      && { export JAVA_HOME="$home"; export PATH="$JAVA_HOME/bin:$PATH"; return; }
  done
  echo "no JDK >= 21 under /usr/lib/jvm" >&2; exit 1
}

need_packages() {
  local missing=()
  command -v etcd >/dev/null || missing+=(etcd-server)
  command -v patroni >/dev/null || missing+=(patroni)
  command -v haproxy >/dev/null || missing+=(haproxy)
  command -v socat >/dev/null || missing+=(socat)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

the_jar() {
  if [ -z "${JAR:-}" ]; then
    JAR=$(ls "$REPO"/target/nafitha-*.jar 2>/dev/null | grep -v original | head -1 || true)
    if [ -z "$JAR" ]; then (cd "$REPO" && ./mvnw -q -B package -DskipTests); JAR=$(ls "$REPO"/target/nafitha-*.jar | grep -v original | head -1); fi
  fi
  readlink -f "$JAR"
}

pidfile() { echo "$CLUSTER_DIR/run/$1.pid"; }
running() { local f; f=$(pidfile "$1"); [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; }

# start NAME LOG COMMAND...: in the background, its pid kept under run/
start() {
  local name=$1 log=$2; shift 2
  if running "$name"; then return; fi
  setsid "$@" >>"$log" 2>&1 < /dev/null &
  echo $! > "$(pidfile "$name")"
}

stop() {
  local name=$1 signal=${2:-TERM} f
  f=$(pidfile "$name")
  [ -f "$f" ] || return 0
  local pid; pid=$(cat "$f")
  kill -"$signal" "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$f"
}

wait_for() {  # wait_for WHAT SECONDS COMMAND...
  local what=$1 seconds=$2; shift 2
  for _ in $(seq 1 $((seconds * 2))); do "$@" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "$what did not come up in ${seconds}s (logs in $CLUSTER_DIR/log)" >&2; return 1
}

etcd_up() {
  start etcd "$CLUSTER_DIR/log/etcd.log" etcd --name nafitha-etcd --data-dir "$CLUSTER_DIR/etcd" \
    --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
    --listen-peer-urls "http://127.0.0.1:$((ETCD_PORT + 1))" --initial-advertise-peer-urls "http://127.0.0.1:$((ETCD_PORT + 1))" \
    --initial-cluster "nafitha-etcd=http://127.0.0.1:$((ETCD_PORT + 1))"
  wait_for etcd 30 curl -sf "http://127.0.0.1:$ETCD_PORT/health"
}

patroni_config() {  # patroni_config N
  local n=$1
  cat <<YML
scope: nafitha
name: pg$n
restapi:
  listen: 127.0.0.1:$(patroni_port "$n")
  connect_address: 127.0.0.1:$(patroni_port "$n")
etcd3:
  hosts: 127.0.0.1:$ETCD_PORT
bootstrap:
  dcs:
    ttl: 10
    loop_wait: 2
    retry_timeout: 4
    maximum_lag_on_failover: 0
    # A commit is acknowledged only once the standby has it: a failover loses nothing acknowledged.
    synchronous_mode: true
    postgresql:
      use_pg_rewind: true
      parameters:
        wal_level: replica
        hot_standby: "on"
        max_wal_senders: 10
        max_replication_slots: 10
        wal_log_hints: "on"
        max_connections: 200
  initdb:
    - encoding: UTF8
    - locale: C.UTF-8
  pg_hba:
    - local all all trust
    - host replication replicator 127.0.0.1/32 trust
    - host all all 127.0.0.1/32 trust
postgresql:
  listen: 127.0.0.1:$(pg_port "$n")
  connect_address: 127.0.0.1:$(pg_port "$n")
  data_dir: $CLUSTER_DIR/patroni/pg$n
  bin_dir: $(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  pgpass: $CLUSTER_DIR/patroni/pgpass$n
  authentication:
    replication: {username: replicator, password: replicator}
    superuser: {username: postgres, password: postgres}
    rewind: {username: postgres, password: postgres}
  parameters:
    unix_socket_directories: $CLUSTER_DIR/patroni
tags:
  nofailover: false
  noloadbalance: false
YML
}

patroni_up() {  # patroni_up N
  local n=$1
  mkdir -p "$CLUSTER_DIR/patroni"
  chown postgres: "$CLUSTER_DIR/patroni"
  patroni_config "$n" > "$CLUSTER_DIR/patroni/pg$n.yml"
  start "patroni$n" "$CLUSTER_DIR/log/patroni$n.log" runuser -u postgres -- patroni "$CLUSTER_DIR/patroni/pg$n.yml"
}

primary() {  # prints the name of the PostgreSQL primary (pg1 or pg2)
  for n in 1 2; do
    curl -sf "http://127.0.0.1:$(patroni_port "$n")/primary" >/dev/null 2>&1 && { echo "pg$n"; return; }
  done
  return 1
}

haproxy_config() {
  cat <<CFG
global
  maxconn 4000
  stats socket $CLUSTER_DIR/run/haproxy.sock mode 600 level admin
defaults
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout check 2s
frontend nafitha
  bind 127.0.0.1:$APP_PORT
  mode http
  option forwardfor
  unique-id-format %{+X}o\ %ci%cp%Ts%rt%pid
  http-request set-header X-Request-Id %[unique-id]
  # The figures are for Prometheus beside each node, not for the public.
  http-request deny deny_status 404 if { path_beg /actuator/prometheus }
  default_backend nodes
backend nodes
  mode http
  balance roundrobin
  option httpchk GET /actuator/health/readiness
  http-check expect status 200
  # A connection a stopping node refused goes to another node (the request was never sent).
  retry-on conn-failure
  retries 3
  option redispatch 1
$(for n in $(seq 1 "$NODES"); do echo "  server node$n 127.0.0.1:$(node_port "$n") check inter 1s fall 2 rise 2"; done)
listen postgres
  bind 127.0.0.1:$PG_PORT
  mode tcp
  timeout client 30m
  timeout server 30m
  option httpchk GET /primary
  http-check expect status 200
  default-server inter 1s fall 2 rise 2 on-marked-down shutdown-sessions
  server pg1 127.0.0.1:$(pg_port 1) check port $(patroni_port 1)
  server pg2 127.0.0.1:$(pg_port 2) check port $(patroni_port 2)
listen stats
  bind 127.0.0.1:$STATS_PORT
  mode http
  stats enable
  stats uri /
CFG
}

haproxy_up() {
  haproxy_config > "$CLUSTER_DIR/haproxy.cfg"
  haproxy -c -q -f "$CLUSTER_DIR/haproxy.cfg"
  start haproxy "$CLUSTER_DIR/log/haproxy.log" haproxy -W -db -f "$CLUSTER_DIR/haproxy.cfg"
  wait_for haproxy 10 curl -sf "http://127.0.0.1:$STATS_PORT/"
}

haproxy_cmd() {  # haproxy_cmd "set server nodes/node1 state drain"
  echo "$1" | socat stdio "unix-connect:$CLUSTER_DIR/run/haproxy.sock"
}

s3_up() {
  local cp="$CLUSTER_DIR/s3proxy.classpath"
  [ -f "$cp" ] || (cd "$REPO" && ./mvnw -q -B -f ops/s3proxy/pom.xml dependency:build-classpath -Dmdep.outputFile="$cp")
  mkdir -p "$CLUSTER_DIR/s3"
  cat > "$CLUSTER_DIR/s3proxy.conf" <<CONF
s3proxy.endpoint=http://127.0.0.1:$S3_PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$S3_KEY
s3proxy.credential=$S3_SECRET
jclouds.provider=filesystem
jclouds.filesystem.basedir=$CLUSTER_DIR/s3
CONF
  start s3proxy "$CLUSTER_DIR/log/s3proxy.log" java -Xmx256m -cp "$(cat "$cp")" org.gaul.s3proxy.Main --properties "$CLUSTER_DIR/s3proxy.conf"
  wait_for s3proxy 60 bash -c "exec 3<>/dev/tcp/127.0.0.1/$S3_PORT"
}

node_args() {  # node_args N
  local n=$1
  echo --server.port="$(node_port "$n")" --spring.profiles.active=demo \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB" \
    --spring.datasource.username=postgres --spring.datasource.password=postgres \
    --nafitha.documents.store=s3 --nafitha.documents.s3.endpoint="http://127.0.0.1:$S3_PORT" \
    --nafitha.documents.s3.access-key="$S3_KEY" --nafitha.documents.s3.secret-key="$S3_SECRET" \
    --nafitha.documents.index.dir="$CLUSTER_DIR/node$n/index" \
    --nafitha.operations.dump-dir="$CLUSTER_DIR/node$n/thread-dumps" \
    $(search_args) \
    ${NODE_ARGS:-}
}

search_args() {
  [ -f "$CLUSTER_DIR/solr/ready.properties" ] || return 0
  echo --nafitha.documents.index.backend=solr \
    --nafitha.documents.index.solr.urls="$(sed -n 's/^urls=//p' "$CLUSTER_DIR/solr/ready.properties")"
}

solr_up() {
  [ "$SEARCH" = solr ] || return 0
  (cd "$REPO" && ops/solr/run --ports 8983,8984 --dir "$CLUSTER_DIR/solr") | sed 's/^/  solr /'
}

node_start() {  # node_start N
  local n=$1 jar="$CLUSTER_DIR/nafitha.jar"
  [ -f "$jar" ] || cp "$(the_jar)" "$jar"   # a copy: rebuilding the project does not pull it from under the nodes
  mkdir -p "$CLUSTER_DIR/node$n/data" "$CLUSTER_DIR/keys"
  # Every node must hold the same keys (document store, tokens, the log's signing key): one folder.
  ln -sfn "$CLUSTER_DIR/keys" "$CLUSTER_DIR/node$n/data/keys"
  # shellcheck disable=SC2046
  (cd "$CLUSTER_DIR/node$n" && start "node$n" "$CLUSTER_DIR/log/node$n.log" \
    java ${NODE_JVM:--Xmx768m -XX:+UseSerialGC} -jar "$jar" $(node_args "$n"))
}

node_ready() { curl -sf "http://127.0.0.1:$(node_port "$1")/actuator/health/readiness"; }
node_wait() { wait_for "node$1" "${2:-180}" node_ready "$1"; }
node_stop() { stop "node$1" TERM; }
node_kill() { stop "node$1" KILL; }

cluster_up() {
  need_packages
  pick_java
  mkdir -p "$CLUSTER_DIR/run" "$CLUSTER_DIR/log"
  chmod 755 "$CLUSTER_DIR"
  etcd_up
  patroni_up 1
  wait_for "PostgreSQL primary" 90 primary
  patroni_up 2
  haproxy_up
  wait_for "PostgreSQL through HAProxy" 60 psql -X -q -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "SELECT 1"
  psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -tc "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'" | grep -q 1 \
    || createdb -h 127.0.0.1 -p "$PG_PORT" -U postgres "$PG_DB"
  s3_up
  solr_up
  node_start 1
  node_wait 1 240   # the first node migrates the database and seeds the demo: the others wait for it
  for n in $(seq 2 "$NODES"); do node_start "$n"; done
  for n in $(seq 2 "$NODES"); do node_wait "$n" 240; done
  wait_for "PostgreSQL standby" 120 curl -sf "http://127.0.0.1:$(patroni_port 2)/replica"
  cluster_status
}

cluster_down() {
  for n in $(seq 1 "$NODES"); do node_stop "$n"; done
  stop haproxy; stop s3proxy
  [ -f "$CLUSTER_DIR/solr/solrcloud.pid" ] && (cd "$REPO" && ops/solr/run stop --dir "$CLUSTER_DIR/solr" >/dev/null)
  stop patroni2; stop patroni1; stop etcd
  # a postmaster left behind by a killed Patroni
  for n in 1 2; do
    [ -f "$CLUSTER_DIR/patroni/pg$n/postmaster.pid" ] && runuser -u postgres -- "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/pg_ctl" -D "$CLUSTER_DIR/patroni/pg$n" stop -m fast >/dev/null 2>&1 || true
  done
  return 0
}

cluster_status() {
  echo "Nafitha      http://127.0.0.1:$APP_PORT/   (demo accounts as in the README)"
  echo "HAProxy      http://127.0.0.1:$STATS_PORT/  (statistics)"
  echo "PostgreSQL   127.0.0.1:$PG_PORT (primary: $(primary || echo none)), database $PG_DB"
  echo "S3Proxy      http://127.0.0.1:$S3_PORT/ (bucket nafitha-documents)"
  if [ -f "$CLUSTER_DIR/solr/ready.properties" ]; then echo "SolrCloud    $(sed -n 's/^urls=//p' "$CLUSTER_DIR/solr/ready.properties") (archive search)"
  else echo "search       each node's Lucene index, kept in step through the index journal"; fi
  for n in $(seq 1 "$NODES"); do
    echo "node$n        http://127.0.0.1:$(node_port "$n")/ $(running "node$n" && (node_ready "$n" >/dev/null && echo ready || echo starting) || echo stopped)"
  done
  echo "data and logs in $CLUSTER_DIR"
}

seconds_since() {  # seconds_since EPOCH_MS [EPOCH_MS_LATER]
  awk -v a="$1" -v b="${2:-$(date +%s%3N)}" 'BEGIN { d = (b - a) / 1000; printf "%.1f", (d < 0 ? 0 : d) }'
}
