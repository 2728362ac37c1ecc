# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

# bench_assistant: the assistant's retrieval in-process (bench/Assistant.java); no app, no database.
bench_assistant() {
  local cp="$WORK/classpath" line value limit
  (cd "$REPO" && ./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null) || die "no classpath"
  say "assistant: the accuracy test's questions asked in turn for ${DURATION} s through the assistant's retrieval and as a bare Lucene TermQuery on the same index"
  run_child "$JAVA_HOME/bin/java" -Xmx512m -cp "$(cat "$cp"):$REPO/target/classes" "$BENCH_DIR/Assistant.java" \
    "$REPO/src/test/resources/assistant/questions.tsv" "$DURATION" >"$WORK/assistant.out" 2>&1 \
    || { tail -30 "$WORK/assistant.out" >&2; die "bench/Assistant.java failed"; }
  grep -E '^(ours|limit):' "$WORK/assistant.out" | sed 's/^/  · /'
  line=$(grep '^assistant:' "$WORK/assistant.out" | tail -1)
  value=$(sed -n 's/^assistant: \([0-9.]*\) questions.*/\1/p' <<<"$line")
  limit=$(sed -n "s/.*TermQuery's \([0-9.]*\) questions.*/\1/p" <<<"$line")
  record assistant "$value" "questions/s" "bare Lucene TermQuery" "$limit" "questions/s" "$(ratio "$value" "$limit")" ""
  NOTES+=("assistant: the retrieval only (lexicon, spelling fallback, BM25 over six fields, the about-check); copying the answer from the catalogue is not measured, nor is HTTP")
  result "$line"
}
