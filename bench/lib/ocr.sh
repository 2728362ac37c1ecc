# Sourced by bench/run (shared settings and helpers in bench/lib/common.sh).
# shellcheck shell=bash

# bench_ocr: OCR of generated scans in-process (bench/Ocr.java) vs the bare tesseract command.
bench_ocr() {
  local cp="$WORK/classpath" classes="$WORK/bench-classes" line value limit
  [ -x /usr/bin/tesseract ] || die "no /usr/bin/tesseract (apt-get install tesseract-ocr tesseract-ocr-ara tesseract-ocr-eng)"
  (cd "$REPO" && ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null) \
    || die "no classpath"
  # only the scan generator from the test classes: they also carry the test suite's settings
  mkdir -p "$classes/org/nafitha/documents/ocr"
  cp "$REPO"/target/test-classes/org/nafitha/documents/ocr/ArabicScans*.class "$classes/org/nafitha/documents/ocr/"
  say "ocr: $OCR_PAGES generated Arabic pages of 8 lines, one at a time, alternating the bare tesseract CLI and the application's reader"
  run_child "$JAVA_HOME/bin/java" -cp "$(cat "$cp"):$REPO/target/classes:$classes" "$BENCH_DIR/Ocr.java" \
    "$OCR_PAGES" "$WORK/ocr" >"$WORK/ocr.out" 2>&1 || { tail -30 "$WORK/ocr.out" >&2; die "bench/Ocr.java failed"; }
  grep -E '^(limit|ours):' "$WORK/ocr.out" | sed 's/^/  · /'
  line=$(grep '^ocr:' "$WORK/ocr.out" | tail -1)
  value=$(sed -n 's/^ocr: \([0-9.]*\) .*/\1/p' <<<"$line")
  limit=$(sed -n 's/.*CLI \([0-9.]*\) pages.*/\1/p' <<<"$line")
  record ocr "$value" pages/min "bare tesseract CLI" "$limit" pages/min "$(ratio "$value" "$limit")" ""
  OCR_LINE=$line
  result "$line"
}
