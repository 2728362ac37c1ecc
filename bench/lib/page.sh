# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

# first_load PATH [CURL_ARGS...]: bytes on the wire (gzip) for the page and the stylesheets, scripts,
# images and fonts it needs, as a first visit with an empty cache fetches them (fonts are found in the
# stylesheets' url(...)). Sets LOAD_BYTES and LOAD_DETAIL.
fetch_gzip() {
  local url=$1 size code ctype
  shift
  read -r size code ctype < <(curl -sS -H 'Accept-Encoding: gzip' "$@" -D "$WORK/headers" -o /dev/null \
    -w '%{size_download} %{http_code} %{content_type}\n' "$BASE$url")
  [ "$code" = 200 ] || die "GET $url answered $code"
  if [ "$size" -gt 2048 ] && ! grep -qi '^content-encoding: *\(gzip\|br\)' "$WORK/headers" \
     && ! grep -qi '^content-type: *font/' "$WORK/headers"; then
    UNCOMPRESSED+=("${url##*/} ($size bytes, ${ctype%%;*})")
  fi
  FETCHED=$size
}

# css_urls CSS_PATH: the absolute paths of what a stylesheet loads with url(...)
css_urls() {
  local css=$1 dir=${1%/*}
  curl -fsS --compressed "$BASE$css" | grep -oE 'url\([^)]+\)' | sed -E 's/^url\(["'"'"']?//; s/["'"'"']?\)$//' \
    | grep -v '^data:' | while read -r u; do
      case "$u" in
        /*) echo "$u" ;;
        *) local path="$dir/$u"
           while [[ "$path" == *"/../"* ]]; do path=$(sed -E 's#/[^/]+/\.\./#/#' <<<"$path"); done
           echo "$path" ;;
      esac
    done
}

first_load() {
  local path=$1 html="$WORK/page.html" size total=0 detail="" asset
  shift
  fetch_gzip "$path" "$@"; size=$FETCHED
  total=$size; detail="html $size"
  curl -fsS --compressed "$@" -o "$html" "$BASE$path"
  local assets
  assets=$( (grep -oE '<link[^>]*rel="stylesheet"[^>]*>' "$html" | grep -oE 'href="[^"]+"'
             grep -oE '<(script|img)[^>]*src="[^"]+"' "$html" | grep -oE 'src="[^"]+"') \
            | sed -E 's/^(href|src)="([^"]+)"$/\2/' | sed 's/&amp;/\&/g' | sort -u)
  local fonts=""
  for asset in $assets; do
    case "$asset" in http*://*) continue ;; *.css) fonts+=" $(css_urls "$asset" | tr '\n' ' ')" ;; esac
  done
  for asset in $assets $(tr ' ' '\n' <<<"$fonts" | sort -u); do
    case "$asset" in http*://*) continue ;; esac
    fetch_gzip "$asset"; size=$FETCHED
    total=$((total + size)); detail+=", ${asset##*/} $size"
  done
  LOAD_BYTES=$total; LOAD_DETAIL=$detail
}

kb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1000 }'; }

# A browser session of a citizen (form sign-in, then the SMS code from the dev outbox), for the
# pages behind the sign-in; prints the session cookie as "NAME=value".
session_of() {
  local jar="$WORK/jar-$1" csrf code
  csrf=$(curl -fsS -c "$jar" -b "$jar" "$BASE/signin" | grep -oE 'name="_csrf" value="[^"]+"' | head -1 | sed -E 's/.*value="([^"]+)"/\1/')
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=$DEMO_PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$BASE/signin" || die "form sign-in of $1 failed"
  csrf=$(curl -fsS -c "$jar" -b "$jar" "$BASE/signin/code" | grep -oE 'name="_csrf" value="[^"]+"' | head -1 | sed -E 's/.*value="([^"]+)"/\1/')
  code=$(psql_db -c "SELECT substring(body FROM 'code ([0-9]+)') FROM dev_outbox
                     WHERE account = '$1' AND purpose = 'sign-in' ORDER BY id DESC LIMIT 1")
  [ -n "$code" ] || die "no sign-in code for $1 in the dev outbox"
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "code=$code" --data-urlencode "_csrf=$csrf" "$BASE/signin/code" \
    || die "sign-in code of $1 refused"
  awk '$6 ~ /SESSION|JSESSIONID/ { print $6 "=" $7 }' "$jar" | tail -1
}

# The main citizen pages: name=path; "my" pages are loaded signed in as the reader.
PAGES_ANONYMOUS=(home=/ services=/services service=/services/passport-renewal signin=/signin)
PAGES_SIGNED_IN=(my=/my applications=/applications appointments=/appointments inbox=/inbox)
PAGE_SECONDS=${BENCH_PAGE_SECONDS:-5}

bench_page() {
  local cookie; cookie=$(session_of "$READER")
  [ -n "$cookie" ] || die "no session cookie for $READER"
  curl -fsS -o /dev/null -H "Cookie: $cookie" "$BASE/my" || die "GET /my signed in failed"
  local sessions_before; sessions_before=$(psql_db -c "SELECT count(*) FROM spring_session")
  local entry name path worst=0 worst_name="" slowest=0 slowest_name="" n=0 bytes_notes="" rps_notes=""
  local -A BYTES P95
  say "page: first load (gzip, with stylesheets, scripts, images and fonts), then server time: wrk $PAGE_CONNS connections, ${WARMUP} s warm-up + ${PAGE_SECONDS} s per page (home and service ${DURATION} s)"
  for entry in "${PAGES_ANONYMOUS[@]}" "${PAGES_SIGNED_IN[@]}"; do
    name=${entry%%=*}; path=${entry#*=}
    local auth=()
    [[ " ${PAGES_SIGNED_IN[*]} " == *" $entry "* ]] && auth=(-H "Cookie: $cookie")
    first_load "$path" "${auth[@]}"
    BYTES[$name]=$LOAD_BYTES
    say "page: $path first load $LOAD_BYTES bytes ($LOAD_DETAIL)"
    bytes_notes+="${bytes_notes:+; }$path = $LOAD_DETAIL"
    local seconds=$PAGE_SECONDS
    [ "$name" = home ] || [ "$name" = service ] && seconds=$DURATION
    wrk_run "$WORK/$name-warm.out" "$PAGE_CONNS" "$WARMUP" get 200 - - "$BASE$path" -H 'Accept-Encoding: gzip' "${auth[@]}"
    [ "$name" = home ] && cpu_begin
    wrk_run "$WORK/$name.out" "$PAGE_CONNS" "$seconds" get 200 - - "$BASE$path" -H 'Accept-Encoding: gzip' "${auth[@]}"
    [ "$name" = home ] && cpu_end "page /"
    P95[$name]=$(ms "$WORK/$name.out" p95_us)
    rps_notes+="${rps_notes:+, }$path $(rate "$WORK/$name.out") req/s"
    record "page: $name first load" "$LOAD_BYTES" bytes budget "$PAGE_BUDGET_BYTES" bytes "$(ratio "$LOAD_BYTES" "$PAGE_BUDGET_BYTES")" ""
    record "page: $name server p95" "${P95[$name]}" ms "" "" "" "" "$(errors "$WORK/$name.out")"
    if [ "$LOAD_BYTES" -gt "$worst" ]; then worst=$LOAD_BYTES; worst_name=$name; fi
    if awk -v a="${P95[$name]}" -v b="$slowest" 'BEGIN { exit !(a > b) }'; then slowest=${P95[$name]}; slowest_name=$name; fi
    n=$((n + 1))
  done
  local sessions_after; sessions_after=$(psql_db -c "SELECT count(*) FROM spring_session")
  local err="" e
  for entry in "${PAGES_ANONYMOUS[@]}" "${PAGES_SIGNED_IN[@]}"; do
    e=$(errors "$WORK/${entry%%=*}.out"); [ -z "$e" ] || err+=" ${entry%%=*}$e"
  done
  local r; r=$(ratio "$worst" "$PAGE_BUDGET_BYTES")
  NOTES+=("page: $rps_notes at $PAGE_CONNS connections; $((sessions_after - sessions_before)) sessions stored while the pages were loaded (the signed-in pages share one)")
  NOTES+=("page: $bytes_notes")
  if [ ${#UNCOMPRESSED[@]} -gt 0 ]; then
    NOTES+=("page: sent without gzip although asked for: $(printf '%s\n' "${UNCOMPRESSED[@]}" | sort -u | paste -sd';' - | sed 's/;/; /g')")
  fi
  PAGE_LINE="page: home $(kb "${BYTES[home]}") KB, service $(kb "${BYTES[service]}") KB, heaviest of $n pages $worst_name $(kb "$worst") KB first load gzip, server p95 home ${P95[home]} ms, service ${P95[service]} ms, slowest $slowest_name $slowest ms$err ($r of the 100 KB budget)"
  result "$PAGE_LINE"
}
