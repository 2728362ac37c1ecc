# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

bench_search() {
  local cp="$WORK/classpath" line value limit rate
  (cd "$REPO" && ./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null) || die "no classpath"
  say "search: $SEARCH_DOCS generated Arabic documents indexed on one thread, then $SEARCH_QUERIES queries through the archive search and as a raw Lucene TermQuery on the same index"
  run_child "$JAVA_HOME/bin/java" -Xmx1g -cp "$(cat "$cp"):$REPO/target/classes" "$BENCH_DIR/Search.java" \
    "$SEARCH_DOCS" "$SEARCH_QUERIES" "$WORK/search" >"$WORK/search.out" 2>&1 \
    || { tail -30 "$WORK/search.out" >&2; die "bench/Search.java failed"; }
  grep -E '^(indexing|index|ours|limit|context):' "$WORK/search.out" | sed 's/^/  · /'
  line=$(grep '^search:' "$WORK/search.out" | tail -1)
  value=$(sed -n 's/^search: p95 \([0-9.]*\) ms.*/\1/p' <<<"$line")
  limit=$(sed -n 's/.*TermQuery p95 \([0-9.]*\) ms.*/\1/p' <<<"$line")
  rate=$(sed -n 's/.*indexing \([0-9.]*\) docs.*/\1/p' <<<"$line")
  record search-indexing "$rate" docs/s "" "" "" "" ""
  record search "$value" "ms p95" "raw Lucene TermQuery" "$limit" "ms p95" "$(ratio "$value" "$limit")" ""
  NOTES+=("search: $SEARCH_DOCS synthetic documents; the archive search adds the clearance filter, three facets over every hit, snippets and the id tie-break that the raw TermQuery top ten does not do")
  SEARCH_LINE=$line
  result "$line"
}
